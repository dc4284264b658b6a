/*
 * The chart of the attendance overview (ECharts): the share of the judged cadres who met the rule, month by month,
 * by town or team, drawn as a heat map from the table beside it. The table's header cells carry the months
 * (data-month), each body row its town or team (data-label) and, in the columns' order, the cadres judged and
 * those who met the rule (data-cells, e.g. "4/3 0/0 5/5"); the share is met over judged, none when nobody was judged,
 * and the tooltip words the counts with the chart's data-cell text ({met} and {judged} replaced). Rows keep the
 * table's order: a view of towns and teams, never a ranking.
 */
(function () {
  'use strict';
  // The tooltip is HTML: names come from the data and are escaped.
  function escape(text) {
    return String(text).replace(/[&<>"']/g, function (ch) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[ch];
    });
  }
  function draw(el) {
    var table = document.getElementById(el.getAttribute('data-table'));
    if (!table || !window.echarts) {
      return;
    }
    var months = Array.prototype.map.call(table.querySelectorAll('thead th[data-month]'), function (th) {
      return th.textContent.trim();
    });
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr[data-label]'));
    if (rows.length === 0) {
      el.remove();
      return;
    }
    var labels = rows.map(function (tr) { return tr.getAttribute('data-label'); });
    var data = [];
    var counts = {};
    var cellText = el.getAttribute('data-cell') || '';
    rows.forEach(function (tr, y) {
      (tr.getAttribute('data-cells') || '').split(' ').forEach(function (pair, x) {
        var parts = pair.split('/');
        var judged = Number(parts[0]);
        var met = Number(parts[1]);
        data.push([x, rows.length - 1 - y, judged > 0 ? Math.round(met * 1000 / judged) / 10 : '-']);
        counts[x + ':' + (rows.length - 1 - y)] = cellText.replace('{met}', met).replace('{judged}', judged);
      });
    });
    labels.reverse();
    el.style.height = Math.max(220, rows.length * 22 + 110) + 'px';
    var chart = window.echarts.init(el, null, { renderer: 'svg' });
    chart.setOption({
      tooltip: {
        formatter: function (p) {
          return escape(labels[p.value[1]] + ' ' + months[p.value[0]] + ': ' + (p.value[2] === '-' ? '—' : p.value[2] + ' %'))
            + (cellText ? '<br>' + escape(counts[p.value[0] + ':' + p.value[1]]) : '');
        }
      },
      grid: { left: 150, right: 20, top: 10, bottom: 70 },
      xAxis: { type: 'category', data: months, splitArea: { show: true } },
      yAxis: { type: 'category', data: labels, splitArea: { show: true }, axisLabel: { width: 140, overflow: 'truncate' } },
      visualMap: { min: 0, max: 100, calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
        text: ['100 %', '0 %'], inRange: { color: ['#f8d7da', '#fff3cd', '#d1e7dd', '#198754'] } },
      series: [{ type: 'heatmap', name: el.getAttribute('data-series'), data: data,
        label: { show: rows.length <= 20, formatter: function (p) { return p.value[2] === '-' ? '' : Math.round(p.value[2]); } } }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('[data-compliance-chart]'), draw);
  });
}());
