/*
 * The charts of the overview pages (ECharts), drawn from the tables beside them: each chart element names its table
 * (data-table), whose body rows carry the label (data-label) and the values (data-<name>). Series are listed in
 * data-series as name|type|legend;… (type bar, line or pie); data-mark draws a line at a value (the share of the year
 * gone) with the text data-mark-label; data-percent shows values as percentages, data-count as plain numbers (else
 * money); data-stack stacks the bars; data-colors gives the series' colours (comma-separated).
 */
(function () {
  'use strict';
  function draw(el) {
    var table = document.getElementById(el.getAttribute('data-table'));
    if (!table || !window.echarts) {
      return;
    }
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr[data-label]'));
    var labels = rows.map(function (tr) { return tr.getAttribute('data-label'); });
    var percent = el.hasAttribute('data-percent');
    var count = el.hasAttribute('data-count');
    var stack = el.hasAttribute('data-stack');
    var series = el.getAttribute('data-series').split(';').map(function (spec) {
      var parts = spec.split('|');
      var values = rows.map(function (tr) {
        var v = tr.getAttribute('data-' + parts[0]);
        return v === null || v === '' ? null : Number(v);
      });
      return { key: parts[0], type: parts[1], name: parts[2], values: values };
    });
    el.style.height = el.getAttribute('data-height') || '320px';
    var chart = window.echarts.init(el, null, { renderer: 'svg' });
    var format = function (v) {
      if (percent) {
        return (Math.round(v * 1000) / 10) + ' %';
      }
      return (count ? '' : '¥') + Number(v).toLocaleString('zh-CN');
    };
    var option;
    if (series[0].type === 'pie') {
      option = {
        tooltip: { trigger: 'item', valueFormatter: format },
        legend: { type: 'scroll', bottom: 0 },
        series: [{ type: 'pie', name: series[0].name, radius: ['35%', '65%'],
          data: labels.map(function (label, i) { return { name: label, value: series[0].values[i] }; }) }]
      };
    } else {
      var horizontal = el.hasAttribute('data-horizontal');
      var category = { type: 'category', data: labels, axisLabel: { interval: 0, rotate: horizontal ? 0 : 30 } };
      var value = { type: 'value', axisLabel: { formatter: percent ? function (v) { return Math.round(v * 100) + '%'; } : null } };
      option = {
        tooltip: { trigger: 'axis', valueFormatter: format },
        legend: { bottom: 0 },
        grid: { left: horizontal ? 140 : 70, right: 30, top: 20, bottom: horizontal ? 40 : 80 },
        xAxis: horizontal ? value : category,
        yAxis: horizontal ? category : value,
        series: series.map(function (s) {
          return { type: s.type, name: s.name, data: s.values, smooth: s.type === 'line',
            stack: stack && s.type === 'bar' ? 'total' : undefined };
        })
      };
      var mark = el.getAttribute('data-mark');
      if (mark !== null) {
        var line = { value: Number(mark), label: { formatter: el.getAttribute('data-mark-label') } };
        line[horizontal ? 'xAxis' : 'yAxis'] = Number(mark);
        option.series[0].markLine = { symbol: 'none', data: [line] };
      }
    }
    var colors = el.getAttribute('data-colors');
    if (colors) {
      option.color = colors.split(',');
    }
    chart.setOption(option);
    window.addEventListener('resize', function () { chart.resize(); });
  }
  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('[data-chart]'), draw);
  });
}());
