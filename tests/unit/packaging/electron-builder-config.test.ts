import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { backupExtension, deepLinkScheme } from '@shared/ipc';

// Offline validation of electron-builder.yml: `npm run package` needs to download Electron,
// which these machines cannot, so the config is checked here instead.
const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));
const configText = fs.readFileSync(path.join(projectRoot, 'electron-builder.yml'), 'utf8');
const config: unknown = parse(configText);

const targets = (...names: string[]) => z.array(z.string()).refine((list) => names.every((n) => list.includes(n)), `expected targets ${names.join(', ')}`);

/** The fields the project relies on, stricter than electron-builder's own schema. */
const ourConfigSchema = z.object({
  appId: z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/, 'expected a reverse-DNS app id'),
  productName: z.literal('Sprintlab'),
  directories: z.object({ buildResources: z.literal('build'), output: z.literal('release') }),
  files: z.array(z.string()).min(1),
  asar: z.literal(true),
  electronFuses: z.object({
    runAsNode: z.literal(false),
    enableCookieEncryption: z.literal(true),
    enableNodeOptionsEnvironmentVariable: z.literal(false),
    enableNodeCliInspectArguments: z.literal(false),
    enableEmbeddedAsarIntegrityValidation: z.literal(true),
    onlyLoadAppFromAsar: z.literal(true),
    grantFileProtocolExtraPrivileges: z.literal(false),
  }),
  linux: z.object({
    target: targets('AppImage', 'deb'),
    category: z.string().min(1),
    maintainer: z.string().regex(/<[^>]+@[^>]+>/, 'expected "Name <email>"'),
    icon: z.string(),
  }),
  mac: z.object({ target: targets('dmg', 'zip'), icon: z.string() }),
  win: z.object({ target: targets('nsis'), icon: z.string() }),
  publish: z.object({ provider: z.literal('generic'), url: z.string().regex(/^https:\/\//, 'expected an https update feed') }),
  protocols: z.array(z.object({ schemes: z.array(z.string()) })).refine((list) => list.some((p) => p.schemes.includes(deepLinkScheme)), 'expected the sprintlab:// scheme'),
  fileAssociations: z
    .array(z.object({ ext: z.string(), name: z.string(), mimeType: z.string() }))
    .refine((list) => list.some((a) => a.ext === backupExtension), 'expected the .sprintlab backup extension'),
});

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex'), `${file} is not a PNG`).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Whether a path would be packaged by the `files` globs (last matching pattern wins, like electron-builder). */
function isPackaged(file: string, patterns: string[]): boolean {
  let included = false;
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!');
    if (path.matchesGlob(file, negated ? pattern.slice(1) : pattern)) included = !negated;
  }
  return included;
}

describe('electron-builder.yml', () => {
  it('has the app id, targets for each OS, and the Electron fuses the app relies on', () => {
    const result = ourConfigSchema.safeParse(config);
    expect(result.success ? 'ok' : z.prettifyError(result.error)).toBe('ok');
  });

  it('is valid for electron-builder itself (its own schema, checked offline)', async () => {
    const require = createRequire(path.join(projectRoot, 'package.json'));
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration(config: unknown, logger: { isEnabled: boolean; add(): void }): Promise<void>;
    };
    await expect(validateConfiguration(config, { isEnabled: false, add() {} })).resolves.toBeUndefined();
    // And the validator really checks: a misspelt option is refused.
    await expect(
      validateConfiguration({ ...(config as object), linux: { targett: ['AppImage'] } }, { isEnabled: false, add() {} }),
    ).rejects.toThrow(/configuration/);
  });

  it('points at icons that exist: 1024 px for macOS and Windows, each size its name says for Linux', () => {
    const parsed = ourConfigSchema.parse(config);
    expect(pngSize(path.join(projectRoot, parsed.mac.icon))).toEqual({ width: 1024, height: 1024 });
    expect(pngSize(path.join(projectRoot, parsed.win.icon))).toEqual({ width: 1024, height: 1024 });
    const linuxIcons = path.join(projectRoot, parsed.linux.icon);
    for (const size of [1024, 512, 256, 128, 64, 32, 16]) {
      expect(pngSize(path.join(linuxIcons, `${size}x${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  it('packages the built app only: no server, CLI, tests, sources or source maps', () => {
    const { files } = ourConfigSchema.parse(config);
    for (const shipped of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'out/renderer/assets/index-abc.js', 'package.json']) {
      expect(isPackaged(shipped, files), shipped).toBe(true);
    }
    for (const left of [
      'server/main.ts',
      'cli/bin/sprintlab.mjs',
      'tests/unit/setup.ts',
      'bench/run.ts',
      'electron/main/index.ts',
      'shared/domain/index.ts',
      'renderer/main.tsx',
      'out/web/index.html',
      'out/main/index.js.map',
      'out/renderer/assets/index-abc.js.map',
      'docs/DESIGN.md',
      'electron-builder.yml',
    ]) {
      expect(isPackaged(left, files), left).toBe(false);
    }
  });

  it('ships package.json with an entry point inside the packaged files and no runtime dependency on dev tools', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
      main: string;
      dependencies?: Record<string, string>;
    };
    const { files } = ourConfigSchema.parse(config);
    expect(isPackaged(pkg.main, files)).toBe(true);
    for (const devTool of ['electron', 'electron-builder', 'vite', 'react', 'vitest']) {
      expect(Object.keys(pkg.dependencies ?? {}), devTool).not.toContain(devTool);
    }
  });

  it('builds the renderer minified, with its source maps kept out of the package', async () => {
    const { default: viteConfig } = (await import('../../../electron.vite.config')) as unknown as {
      default: { renderer: { build: { minify: unknown; sourcemap: unknown } } };
    };
    expect(viteConfig.renderer.build.minify).toBe(true);
    // 'hidden': maps are written for reading crash stacks, but no sourceMappingURL points at them.
    expect(viteConfig.renderer.build.sourcemap).toBe('hidden');
    expect(isPackaged('out/renderer/assets/index-abc.js.map', ourConfigSchema.parse(config).files)).toBe(false);
  });
});
