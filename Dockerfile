# syntax=docker/dockerfile:1
# The Sprintlab sync server. Build:  docker build -t sprintlab-server .
# Run:    docker run -p 8787:8787 -v sprintlab-data:/data sprintlab-server
# (compose.yaml runs it on PostgreSQL instead of the SQLite file in /data.)

# 1. Bundle server/ and shared/ into one JavaScript file with the esbuild version the repo pins
#    (the only tool needed: libraries stay external, so the desktop toolchain is not installed).
FROM node:24-bookworm-slim AS build
WORKDIR /src
COPY package-lock.json ./
RUN npm install --no-save --no-package-lock --no-audit --no-fund \
      "esbuild@$(node -p "require('./package-lock.json').packages['node_modules/esbuild'].version")"
COPY tsconfig.json ./
COPY shared ./shared
COPY server ./server
RUN node server/scripts/build.mjs

# 2. Production dependencies only; better-sqlite3 compiles here if no prebuilt binary fits.
FROM node:24-bookworm-slim AS deps
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY server/package.json server/package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

# 3. The runtime image: no compiler, no npm cache, not root.
FROM node:24-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8787 DATA_DIR=/data
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /src/server/dist ./dist
COPY server/package.json ./
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8787
# /healthz touches the database, so a server that lost its storage turns unhealthy.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8787)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
STOPSIGNAL SIGTERM
CMD ["node", "dist/main.mjs"]
