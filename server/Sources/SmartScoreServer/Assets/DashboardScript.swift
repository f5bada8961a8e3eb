/// The dashboard's one script, served as `/assets/dashboard.js` (the Content-Security-Policy runs no inline
/// script). It filters and sorts the ranking in place, and on the what-if page re-ranks through
/// `/api/v1/whatif` as a slider moves, keeping the address (the permalink) in step. Every text it writes
/// goes through `textContent`, never markup.
enum DashboardScript {
    static let source = #"""
(function () {
  'use strict';

  function rowsOf(table) { return Array.prototype.slice.call(table.tBodies[0].rows); }

  // Sorting: a click on a heading sorts by its column (numbers as numbers, empty cells last), a second click reverses.
  function makeSortable(table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, column) {
      var button = th.querySelector('button.sort');
      if (!button) { return; }
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(heads, function (other) { other.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var numeric = th.getAttribute('data-numeric') === 'true';
        var rows = rowsOf(table);
        rows.sort(function (a, b) {
          var x = a.cells[column].getAttribute('data-value') || '', y = b.cells[column].getAttribute('data-value') || '';
          if (x === '' || y === '') { return x === y ? 0 : (x === '' ? 1 : -1); }
          var order = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
          return ascending ? order : -order;
        });
        var body = table.tBodies[0];
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  // Filters of the ranking page: province, type, level and text, applied as they change; the address keeps them.
  function makeFilterable(form, table) {
    var shown = document.getElementById('shown');
    function apply() {
      var province = form.elements.province.value, type = form.elements.type.value, level = form.elements.level.value;
      var text = form.elements.q.value.trim().toLowerCase();
      var count = 0;
      rowsOf(table).forEach(function (row) {
        var keep = (!province || row.getAttribute('data-province') === province) &&
                   (!type || row.getAttribute('data-type') === type) &&
                   (!level || row.getAttribute('data-level') === level) &&
                   (!text || row.getAttribute('data-search').indexOf(text) >= 0);
        row.hidden = !keep;
        if (keep) { count += 1; }
      });
      if (shown) {
        // Counts in the page's language (id: 1.234), as the server writes them.
        var locale = document.documentElement.lang === 'en' ? 'en-GB' : 'id-ID';
        shown.textContent = shown.getAttribute('data-template').replace('{shown}', count.toLocaleString(locale))
          .replace('{total}', table.tBodies[0].rows.length.toLocaleString(locale));
      }
      var params = new URLSearchParams(window.location.search);
      [['province', province], ['type', type], ['level', level], ['q', form.elements.q.value]].forEach(function (pair) {
        if (pair[1]) { params.set(pair[0], pair[1]); } else { params.delete(pair[0]); }
      });
      var search = params.toString();
      window.history.replaceState(null, '', window.location.pathname + (search ? '?' + search : ''));
    }
    ['province', 'type', 'level'].forEach(function (name) { form.elements[name].addEventListener('change', apply); });
    form.elements.q.addEventListener('input', apply);
    // Another dataset, year or method is another ranking: the server draws it (the filters go along).
    ['dataset', 'year', 'normalisation', 'aggregation', 'intervals'].forEach(function (name) {
      var field = form.elements[name];
      if (field && field.type !== 'hidden') { field.addEventListener('change', function () { form.submit(); }); }
    });
  }

  // What-if: each change asks the engine for the ranking under the sliders' weights and redraws the table.
  function makeWhatIf(form, holder) {
    var serial = 0, timer = null;
    var lang = document.documentElement.lang === 'en' ? 'en-GB' : 'id-ID';
    var levels = JSON.parse(holder.getAttribute('data-levels'));
    function format(x, digits) {
      return (x === null || x === undefined) ? '–' : x.toLocaleString(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    }
    function query() {
      var params = new URLSearchParams();
      Array.prototype.forEach.call(form.elements, function (field) {
        if (field.name && field.name !== 'lang') { params.set(field.name, field.value); }
      });
      return params;
    }
    function cell(row, text, value, numeric) {
      var td = row.insertCell(-1);
      td.textContent = text;
      td.setAttribute('data-value', value === null || value === undefined ? '' : String(value));
      if (numeric) { td.className = 'num'; }
      return td;
    }
    function redraw(json, table) {
      var body = table.tBodies[0];
      var base = {};
      rowsOf(table).forEach(function (row) { base[row.getAttribute('data-code')] = row.getAttribute('data-base-rank'); });
      var types = {};
      rowsOf(table).forEach(function (row) { types[row.getAttribute('data-type')] = row.cells[5].textContent; });
      var fresh = document.createElement('tbody');
      json.cities.forEach(function (city) {
        var row = fresh.insertRow(-1);
        row.setAttribute('data-code', city.code);
        row.setAttribute('data-province', city.province || '');
        row.setAttribute('data-type', city.type || '');
        row.setAttribute('data-search', (city.name + ' ' + city.code).toLowerCase());
        row.setAttribute('data-level', city.level || '');
        if (city.rank !== null) { row.setAttribute('data-rank', String(city.rank)); }
        if (base[city.code]) { row.setAttribute('data-base-rank', base[city.code]); }
        row.setAttribute('data-score', city.score === null ? '' : String(city.score));
        cell(row, city.rank === null ? '–' : String(city.rank), city.rank, true);
        var change = (city.rank !== null && base[city.code]) ? parseInt(base[city.code], 10) - city.rank : null;
        cell(row, change === null ? '–' : (change > 0 ? '+' + change : String(change)), change, true);
        var name = cell(row, '', city.name, false);
        var link = document.createElement('a');
        var year = table.getAttribute('data-year');
        link.href = '/city/' + encodeURIComponent(city.code) + '?dataset=' + encodeURIComponent(table.getAttribute('data-dataset')) +
          (year ? '&year=' + encodeURIComponent(year) : '');
        link.textContent = city.name;
        name.appendChild(link);
        cell(row, city.code, city.code, false);
        cell(row, city.province || '', city.province || '', false);
        cell(row, types[city.type] || city.type || '', city.type || '', false);
        cell(row, format(city.score, 1), city.score, true);
        cell(row, city.level ? (levels[city.level] || city.level) : '', city.level || '', false);
        ['governance', 'branding', 'economy', 'living', 'society', 'environment'].forEach(function (id) {
          var score = city.dimensions[id];
          cell(row, format(score, 1), score, true);
        });
      });
      table.replaceChild(fresh, body);
    }
    function update() {
      var mine = ++serial;
      holder.setAttribute('data-state', 'loading');
      var params = query();
      fetch('/api/v1/whatif?' + params.toString(), { headers: { 'Accept': 'application/json' } })
        .then(function (response) { return response.json().then(function (json) { return { ok: response.ok, json: json }; }); })
        .then(function (answer) {
          if (mine !== serial) { return; }
          var table = document.getElementById('ranking');
          if (!answer.ok) {
            holder.setAttribute('data-state', 'error');
            holder.setAttribute('data-error', answer.json.message || '');
            return;
          }
          redraw(answer.json, table);
          params.set('lang', document.documentElement.lang);
          var address = '/whatif?' + params.toString();
          document.getElementById('permalink').setAttribute('href', address);
          window.history.replaceState(null, '', address);
          holder.setAttribute('data-serial', String(mine));
          holder.setAttribute('data-state', 'ready');
        })
        .catch(function () { if (mine === serial) { holder.setAttribute('data-state', 'error'); } });
    }
    function reloads(field) { return field.name === 'dataset' || field.name === 'year'; }
    form.addEventListener('input', function (event) {
      var field = event.target;
      if (reloads(field)) { return; }
      if (field.type === 'range') {
        document.getElementById('o-' + field.name).textContent = format(parseFloat(field.value), 1);
      }
      if (timer) { clearTimeout(timer); }
      timer = setTimeout(update, 120);
    });
    form.addEventListener('change', function (event) {
      if (timer) { clearTimeout(timer); }
      // Another dataset or year has other cities and another base ranking (the change column): the server draws it.
      if (reloads(event.target)) { form.submit(); return; }
      timer = setTimeout(update, 10);
    });
    form.addEventListener('submit', function (event) { event.preventDefault(); update(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var table = document.getElementById('ranking');
    if (table) { makeSortable(table); }
    var filters = document.getElementById('filters');
    if (filters && table) { makeFilterable(filters, table); }
    var whatIf = document.getElementById('whatif-form'), holder = document.getElementById('whatif-result');
    if (whatIf && holder) {
      makeWhatIf(whatIf, holder);
    }
    try { window.localStorage.setItem('smartscore-lang', document.documentElement.lang); } catch (e) { /* storage refused: the cookie remembers */ }
  });
}());
"""#
}
