import { SERIES_STYLES, type TrendPanel } from './trend-panels';

const WIDTH = 640;
const HEIGHT = 260;
const PAD = { left: 56, right: 12, top: 12, bottom: 44 };

const fmt = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 1 });

/**
 * A line chart drawn on the server (readable without JavaScript): the rate per 10,000 of each
 * series per period, with axis labels and a legend; each point links to the search it counts.
 * The table beside it (TrendTable) carries the same numbers for screen readers.
 */
export function TrendChart({ panel, id }: { panel: TrendPanel; id: string }) {
  const values = panel.series.flatMap((s) => s.points.map((p) => p.per10000 ?? 0));
  const max = Math.max(1, ...values);
  const n = panel.periods.length;
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (n <= 1 ? innerW / 2 : (i / (n - 1)) * innerW);
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH;
  const labelEvery = Math.ceil(n / 10);
  const ticks = [0, max / 2, max];
  const summary = panel.series
    .map((s) => {
      const top = s.points.reduce<(typeof s.points)[number] | null>((best, p) => ((p.per10000 ?? -1) > (best?.per10000 ?? -1) ? p : best), null);
      return top?.per10000 ? `${s.label}: highest ${fmt(top.per10000)} per 10,000 in ${top.period}` : `${s.label}: no mentions`;
    })
    .join('; ');
  return (
    <figure className="my-4">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} className="h-auto w-full max-w-3xl">
        <title id={`${id}-title`}>{panel.title}</title>
        <desc id={`${id}-desc`}>{`${panel.periods[0] ?? ''} to ${panel.periods.at(-1) ?? ''}. ${summary}. The table below gives every value.`}</desc>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(t)} y2={y(t)} stroke="#d6d3d1" />
            <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end" fontSize="11" fill="#44403c">
              {fmt(t)}
            </text>
          </g>
        ))}
        <text x={14} y={PAD.top + innerH / 2} transform={`rotate(-90 14 ${PAD.top + innerH / 2})`} textAnchor="middle" fontSize="11" fill="#44403c">
          per 10,000 contributions
        </text>
        {panel.periods.map((p, i) =>
          i % labelEvery === 0 || i === n - 1 ? (
            <text key={p} x={x(i)} y={HEIGHT - PAD.bottom + 16} textAnchor="middle" fontSize="11" fill="#44403c">
              {p}
            </text>
          ) : null,
        )}
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} stroke="#57534e" />
        {panel.series.map((s, si) => {
          const style = SERIES_STYLES[si % SERIES_STYLES.length];
          // A period without contributions has no rate: the line breaks there instead of dropping to 0.
          const path = s.points
            .map((p, i) => (p.per10000 === null ? '' : `${i && s.points[i - 1].per10000 !== null ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.per10000).toFixed(1)}`))
            .join(' ');
          return (
            <g key={s.label}>
              <path d={path} fill="none" stroke={style.stroke} strokeWidth={2.5} strokeDasharray={style.dash} />
              {s.points.map((p, i) =>
                p.per10000 === null ? null : (
                  <a key={p.period} href={p.href} aria-label={`${s.label}, ${p.period}: ${fmt(p.per10000)} per 10,000 (${p.mentions} of ${p.contributions})`}>
                    <circle cx={x(i)} cy={y(p.per10000)} r={12} fill="transparent" />
                    <circle cx={x(i)} cy={y(p.per10000)} r={4} fill={style.stroke} />
                  </a>
                ),
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="flex flex-wrap gap-x-4 text-sm">
          {panel.series.map((s, si) => {
            const style = SERIES_STYLES[si % SERIES_STYLES.length];
            return (
              <li key={s.label} className="flex items-center gap-1">
                <svg width="28" height="10" aria-hidden="true">
                  <line x1="0" x2="28" y1="5" y2="5" stroke={style.stroke} strokeWidth="3" strokeDasharray={style.dash} />
                </svg>
                {s.label}
              </li>
            );
          })}
        </ul>
      </figcaption>
    </figure>
  );
}
