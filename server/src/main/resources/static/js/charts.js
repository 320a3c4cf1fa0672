// Purser's charts (wallboard, reports): each <canvas data-chart-table="id"> draws the table it
// names, so the numbers on screen, in the table and in the chart are one and the same. The table's
// header says what to draw: a column whose <th> has data-series="bar" or "line" is a series (with
// data-axis="right" for a second scale); each body row's <th> is its label and each series cell's
// data-value its value (empty for nothing measured). Plain script, no eval: the pages' content
// security policy allows nothing else.
(function () {
  "use strict";

  if (!window.Chart) {
    return;
  }

  function color(canvas, name, fallback) {
    var value = getComputedStyle(canvas).getPropertyValue(name).trim();
    return value || fallback;
  }

  function read(table) {
    var headers = Array.prototype.slice.call(table.querySelectorAll("thead th"));
    var series = [];
    headers.forEach(function (th, index) {
      if (th.dataset.series) {
        series.push({
          index: index, type: th.dataset.series, axis: th.dataset.axis || "left",
          label: th.textContent.trim(), values: []
        });
      }
    });
    var labels = [];
    table.querySelectorAll("tbody tr").forEach(function (row) {
      var cells = row.children;
      labels.push(cells[0].textContent.trim());
      series.forEach(function (s) {
        var raw = cells[s.index] ? cells[s.index].dataset.value : "";
        s.values.push(raw === undefined || raw === "" ? null : Number(raw));
      });
    });
    return { labels: labels, series: series };
  }

  function draw(canvas) {
    var table = document.getElementById(canvas.dataset.chartTable);
    if (!table) {
      return;
    }
    if (window.Chart.getChart(canvas)) {
      return; // drawn already: a swap brings new canvases, never new data for an old one
    }
    var data = read(table);
    var ink = color(canvas, "--chart-ink", "#1d2330");
    var grid = color(canvas, "--chart-grid", "rgba(0,0,0,.1)");
    var palette = [color(canvas, "--chart-1", "#1f5fbf"), color(canvas, "--chart-2", "#e07b00")];
    var right = data.series.some(function (s) { return s.axis === "right"; });
    var scales = {
      x: { ticks: { color: ink }, grid: { color: grid } },
      y: { beginAtZero: true, ticks: { color: ink, precision: 0 }, grid: { color: grid } }
    };
    if (right) {
      scales.y2 = { beginAtZero: true, position: "right", ticks: { color: ink },
        grid: { drawOnChartArea: false } };
    }
    new window.Chart(canvas, {
      type: "bar",
      data: {
        labels: data.labels,
        datasets: data.series.map(function (s, i) {
          return {
            type: s.type, label: s.label, data: s.values,
            yAxisID: s.axis === "right" ? "y2" : "y",
            backgroundColor: palette[i % palette.length],
            borderColor: palette[i % palette.length],
            borderWidth: s.type === "line" ? 3 : 0,
            pointRadius: s.type === "line" ? 2 : 0,
            spanGaps: true,
            maxBarThickness: 64,
            order: s.type === "line" ? 0 : 1
          };
        })
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { labels: { color: ink } } },
        scales: scales
      }
    });
  }

  function drawAll() {
    document.querySelectorAll("canvas[data-chart-table]").forEach(draw);
    document.body.dataset.charts = "drawn"; // the browser tests wait for it
  }

  drawAll();
  // A live part swapped in brings new tables and canvases: draw them.
  document.addEventListener("htmx:afterSettle", drawAll);
})();
