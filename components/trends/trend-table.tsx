import type { TrendPanel } from './trend-panels';

const fmt = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 1 });

/** The chart's numbers as a table: a row per period, a column per series; each cell links to its search. */
export function TrendTable({ panel, id }: { panel: TrendPanel; id: string }) {
  return (
    <div role="region" aria-labelledby={`${id}-caption`} className="max-w-full overflow-x-auto">
      <table className="border-collapse text-sm" data-trend-table>
        <caption id={`${id}-caption`} className="mb-1 text-left font-semibold">
          {panel.title} (mentions / contributions)
        </caption>
        <thead>
          <tr>
            <th scope="col" className="border-b border-stone-400 px-2 py-1 text-left">
              Period
            </th>
            {panel.series.map((s) => (
              <th key={s.label} scope="col" className="border-b border-stone-400 px-2 py-1 text-right">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {panel.periods.map((period, i) => (
            <tr key={period} className="even:bg-stone-100">
              <th scope="row" className="px-2 py-1 text-left font-normal">
                {period}
              </th>
              {panel.series.map((s) => {
                const p = s.points[i];
                return (
                  <td key={s.label} className="px-2 py-1 text-right tabular-nums" data-mentions={p.mentions} data-contributions={p.contributions}>
                    <a href={p.href} className="inline-block min-h-11 py-3 text-blue-800 underline">
                      {p.per10000 === null ? '–' : fmt(p.per10000)}
                    </a>{' '}
                    <span className="text-stone-600">
                      ({p.mentions.toLocaleString('en-GB')} / {p.contributions.toLocaleString('en-GB')})
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
