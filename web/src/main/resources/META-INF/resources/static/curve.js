// Draws the completion curve from the page's data island; the same figures are in the table below it.
(function () {
  var data = JSON.parse(document.getElementById('chart-data').textContent);
  var chart = echarts.init(document.getElementById('chart'), null, { renderer: 'svg' });
  var deadlineMark = data.dates.indexOf(data.deadline) >= 0
    ? [{ xAxis: data.deadline, label: { formatter: 'Hạn chót', position: 'insideEndTop' } }] : [];
  chart.setOption({
    textStyle: { fontSize: 14 },
    tooltip: { trigger: 'axis' },
    legend: { data: ['Trong ngày', 'Lũy kế'] },
    grid: { left: 48, right: 16, bottom: 48 },
    xAxis: { type: 'category', data: data.dates },
    yAxis: { type: 'value', max: function (v) { return Math.max(v.max, data.expected); } },
    series: [
      { name: 'Trong ngày', type: 'bar', data: data.held, itemStyle: { color: '#8a6d00' } },
      {
        name: 'Lũy kế', type: 'line', showSymbol: false, data: data.cumulative, itemStyle: { color: '#a50e0e' },
        markLine: {
          symbol: 'none',
          data: [{ yAxis: data.expected, label: { formatter: 'Phải tổ chức: ' + data.expected, position: 'insideStartTop' } }].concat(deadlineMark)
        }
      }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
