/// The dashboard's own style sheet, `/assets/dashboard.css`, after the reports' (`/assets/report.css`): the
/// navigation, the filters and sliders, and the print rules (the table and the report, without the controls).
enum DashboardStyle {
    static let source = """
    main { max-width: 1200px; }
    nav.top { display: flex; gap: 5mm; align-items: baseline; padding: 3mm 6mm; background: #08306b; color: #fff; flex-wrap: wrap; }
    nav.top a { color: #fff; }
    nav.top a[aria-current="page"] { font-weight: bold; text-decoration: none; border-bottom: 2px solid #fff; }
    nav.top #language-toggle { margin-left: auto; }
    form.filters label { margin-right: 4mm; white-space: nowrap; }
    form.filters { display: flex; flex-wrap: wrap; gap: 2mm; align-items: center; }
    fieldset.sliders { flex-basis: 100%; display: grid; grid-template-columns: max-content 1fr 3em; gap: 1mm 3mm; align-items: center; width: 100%; max-width: 640px; }
    fieldset.sliders output { font-variant-numeric: tabular-nums; text-align: right; }
    table.ranking th button.sort { background: none; border: none; font: inherit; font-weight: bold; cursor: pointer; padding: 0; color: inherit; }
    table.ranking th[aria-sort="ascending"] button.sort::after { content: " ▲"; }
    table.ranking th[aria-sort="descending"] button.sort::after { content: " ▼"; }
    #whatif-result[data-state="loading"] table { opacity: 0.6; }
    p.error { border-left: 3px solid #b15928; padding-left: 3mm; }
    @media print {
      nav.top, form.filters, .screen-only, #permalink { display: none; }
      main { max-width: none; padding: 0; }
      table.ranking th button.sort::after { content: none; }
      tr[hidden] { display: none; }
    }
    """
}
