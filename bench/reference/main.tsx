/**
 * The benchmark's yardstick: the smallest honest React + Recharts + Vite page that fetches this project's
 * dataset and draws one 8-bar chart (the Alliance's yearly totals). `npm run bench` builds and measures it
 * in the same run as the app, interleaved, and reports the app's figures as ratios to this page's.
 * Same markers as the app (figure[data-chart] > .card-body svg), so the same in-page probe times both.
 */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';

interface Row { year: number; units: number }

function Chart() {
  const [rows, setRows] = useState<Row[] | null>(null);
  useEffect(() => {
    fetch('/data/alliance.json')
      .then((response) => response.json() as Promise<{ salesTotals: Row[] }>)
      .then((data) => setRows(data.salesTotals.map(({ year, units }) => ({ year, units }))))
      .catch(() => setRows([]));
  }, []);
  return (
    <figure data-chart="sales" style={{ margin: 16 }}>
      <figcaption>Alliance sales per year</figcaption>
      <div className="card-body" style={{ height: 320 }}>
        {rows && (
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={rows}>
              <XAxis dataKey="year" />
              <YAxis />
              <Bar dataKey="units" fill="#0072b2" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        )}
      </div>
    </figure>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><Chart /></StrictMode>);
