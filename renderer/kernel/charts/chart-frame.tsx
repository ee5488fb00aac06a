import type { ReactNode } from 'react';

export interface ChartSize {
  width: number;
  height: number;
}

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const defaultMargins: Margins = { top: 24, right: 16, bottom: 36, left: 44 };

/** The plotting area inside the margins; never negative so tiny sizes still render. */
export function innerSize({ width, height }: ChartSize, margins: Margins = defaultMargins): ChartSize {
  return {
    width: Math.max(0, width - margins.left - margins.right),
    height: Math.max(0, height - margins.top - margins.bottom),
  };
}

export const chartFont = { fontFamily: 'inherit', fontSize: 11 } as const;

/**
 * An accessible SVG: role="img", a <title> and an aria-label carrying the summary of the
 * numbers, so a screen reader (and a printed report's alt text) says what the chart shows.
 */
export function ChartFrame(props: ChartSize & { title: string; summary: string; className?: string; children: ReactNode }) {
  return (
    <svg
      role="img"
      aria-label={`${props.title}. ${props.summary}`}
      className={props.className}
      width={props.width}
      height={props.height}
      viewBox={`0 0 ${props.width} ${props.height}`}
      style={{ ...chartFont, color: 'var(--fg)', overflow: 'visible' }}
    >
      <title>{props.title}</title>
      <desc>{props.summary}</desc>
      {props.children}
    </svg>
  );
}

/** Shown instead of axes when there is nothing to plot, so the chart never looks broken. */
export function EmptyChart(props: ChartSize & { title: string; message: string }) {
  return (
    <ChartFrame width={props.width} height={props.height} title={props.title} summary={props.message}>
      <text x={props.width / 2} y={props.height / 2} textAnchor="middle" fill="var(--muted)">
        {props.message}
      </text>
    </ChartFrame>
  );
}
