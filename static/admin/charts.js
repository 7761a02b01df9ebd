// Charts of the admin console, drawn by the vendored Chart.js. Each <canvas data-chart="line|bars">
// is followed by <script type="application/json" data-chart-data> holding
// {"labels": [...], "series": [{"label": ..., "values": [...]}, ...], "money": bool}.
// The numbers are also in a table next to each chart, for screen readers and for copying.
"use strict";
(() => {
  if (!window.Chart) return;
  const palette = ["#0f766e", "#d97706", "#6366f1", "#be123c"];
  const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  for (const canvas of document.querySelectorAll("canvas[data-chart]")) {
    const source = canvas.nextElementSibling;
    if (!source || !source.hasAttribute("data-chart-data")) continue;
    const data = JSON.parse(source.textContent);
    const line = canvas.dataset.chart === "line";
    const format = data.currency
      ? new Intl.NumberFormat(data.locale || undefined, { style: "currency", currency: data.currency, maximumFractionDigits: 0 })
      : new Intl.NumberFormat(data.locale || undefined);
    const scale = data.exponent ? Math.pow(10, data.exponent) : 1;
    new window.Chart(canvas, {
      type: line ? "line" : "bar",
      data: {
        labels: data.labels,
        datasets: data.series.map((s, i) => ({
          label: s.label,
          data: s.values.map((v) => v / scale),
          borderColor: palette[i % palette.length],
          backgroundColor: line ? palette[i % palette.length] + "22" : palette[i % palette.length],
          fill: line && i === 0,
          tension: 0.25,
          pointRadius: line ? 2 : 0,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: still ? false : { duration: 400 },
        interaction: { mode: "index", intersect: false },
        plugins: {
          legend: { display: data.series.length > 1, position: "bottom" },
          tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${format.format(ctx.parsed.y)}` } },
        },
        scales: {
          x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true, maxTicksLimit: 8 } },
          y: { beginAtZero: true, ticks: { precision: 0, callback: (v) => format.format(v) } },
        },
      },
    });
    canvas.dataset.drawn = "true";
  }
})();
