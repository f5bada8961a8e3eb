import Foundation

/// A large cohort's report (more than `CohortReport.listedUnitsAtMost` units): instead of a ranking row and
/// a heat-map row for each of 80,532 villages (75 MB of HTML nobody opens), a table per regency or city
/// (514 rows) and one per district (7,215 rows) — how many units, the median and quartiles of their index,
/// the best and the lowest, the share of each level. The district table is searchable on screen by a small
/// inline script (the page reads without it: the table is all there) and left out on paper and in Word,
/// which say so; Markdown carries it, as a text file can.
extension CohortReport {
    /// One table of areas, as the HTML and Markdown outputs both give it.
    struct AreaTable {
        var headers: [String]
        var rows: [[String]]
        /// The columns of numbers (right-aligned).
        var numeric: Set<Int>
    }

    /// The name of the regency or city a unit's code lies in (its first four digits); the digits when the
    /// region list has no such regency.
    func regencyName(of code: String) -> String {
        let prefix = String(CohortAreaSummary.digits(of: code).prefix(CohortAreaSummary.regencyDigits))
        return areaNames.regency(prefix) ?? prefix
    }

    /// The summaries that apply to this cohort's codes: by regency when its units are finer than regencies,
    /// by district when they are finer than districts (villages).
    var areaSummaries: (regencies: CohortAreaSummary?, districts: CohortAreaSummary?) {
        let regencies = CohortAreaSummary.applies(to: result, digits: CohortAreaSummary.regencyDigits)
            ? CohortAreaSummary(result, digits: CohortAreaSummary.regencyDigits) : nil
        let districts = CohortAreaSummary.applies(to: result, digits: CohortAreaSummary.districtDigits)
            ? CohortAreaSummary(result, digits: CohortAreaSummary.districtDigits) : nil
        return (regencies, districts)
    }

    func areaTable(_ summary: CohortAreaSummary, districts: Bool, _ words: ScoringWording) -> AreaTable {
        let t = words.localizer, n = t.numbers
        // Highest level first, as the overview's level line reads.
        let levels = (result.method.levels.bands.map(\.level) + [result.method.levels.top]).reversed()
        let headers = [t(.code), t(districts ? .cohortScaleDistrict : .cohortScaleRegency), t(districts ? .cohortScaleRegency : .province),
                       t(.cohortScaleUnits), t(.overviewMedian), t(.cohortScaleQuartiles), t(.cohortScaleBest), t(.cohortScaleWorst)]
            + levels.map(words.level)
        func unit(_ k: Int?) -> String { k.map { "\(result.cities[$0].name) (\(n.score(result.index[$0])))" } ?? "—" }
        let rows = summary.areas.map { area -> [String] in
            let code: String, name: String, context: String
            if districts {
                code = area.code
                name = areaNames.district(area.code) ?? "—"
                context = regencyName(of: area.code)
            } else {
                let region = areaNames.regencies[area.code]
                code = region?.code ?? area.code
                name = region?.name ?? "—"
                context = region?.province ?? "—"
            }
            let quartiles = area.spread.map { "\(n.score($0.lowerQuartile))–\(n.score($0.upperQuartile))" } ?? "—"
            let shares = levels.map { level -> String in
                area.leveled == 0 ? "—" : n.percent(Double(area.levels[level] ?? 0) / Double(area.leveled))
            }
            return [code, name, context, n.integer(area.members.count), n.score(area.spread?.median), quartiles, unit(area.best), unit(area.worst)] + shares
        }
        return AreaTable(headers: headers, rows: rows, numeric: Set([3, 4] + (8..<headers.count)))
    }

    /// The regency and district sections of the HTML page; `progress` is called once for each.
    func summarySectionsHTML(_ page: inout HTMLPage, _ words: ScoringWording, progress: () -> Void) {
        let t = words.localizer, n = t.numbers
        let (regencies, districts) = areaSummaries
        let search = " data-search=\"" + HTMLPage.h(t(.cohortScaleSearch)) + "\""
        if let regencies {
            let table = areaTable(regencies, districts: false, words)
            page.section("kabupaten-kota", t(.cohortScaleRegencies),
                         HTMLPage.paragraph(t(.cohortScaleRegenciesLead, ["count": n.integer(regencies.areas.count)]))
                            + "<div class=\"scroll\"\(search)>" + HTMLPage.table(table.headers, table.rows, numeric: table.numeric, id: "regencies") + "</div>")
        }
        progress()
        if let districts {
            let table = areaTable(districts, districts: true, words)
            let count = ["count": n.integer(districts.areas.count)]
            page.section("kecamatan", t(.cohortScaleDistricts),
                         HTMLPage.paragraph(t(.cohortScaleDistrictsLead, count))
                            + "<p class=\"print-only\">" + HTMLPage.h(t(.cohortScaleLeftOutOnPaper, count)) + "</p>"
                            + "<div class=\"screen-only scroll\"\(search)>" + HTMLPage.table(table.headers, table.rows, numeric: table.numeric, id: "districts")
                            + "</div>")
        }
        progress()
    }

    /// The same two tables in Markdown (names escaped by `Format.markdownTable`).
    func summaryMarkdown(_ words: ScoringWording) -> String {
        let t = words.localizer, n = t.numbers
        let (regencies, districts) = areaSummaries
        var out = ""
        if let regencies {
            let table = areaTable(regencies, districts: false, words)
            out += "## " + Format.md(t(.cohortScaleRegencies)) + "\n\n" + Format.md(t(.cohortScaleRegenciesLead, ["count": n.integer(regencies.areas.count)]))
                + "\n\n" + Format.markdownTable(table.headers, table.rows) + "\n"
        }
        if let districts {
            let table = areaTable(districts, districts: true, words)
            out += "## " + Format.md(t(.cohortScaleDistricts)) + "\n\n" + Format.md(t(.cohortScaleDistrictsLead, ["count": n.integer(districts.areas.count)]))
                + "\n\n" + Format.markdownTable(table.headers, table.rows) + "\n"
        }
        return out
    }

    /// The rules of a summarised page only: the district table on screen only, its note on paper only; long
    /// tables scroll under a fixed header on screen and print whole.
    static let summaryCSS = """
    @media screen { .print-only { display: none; } .scroll { max-height: 75vh; overflow: auto; } .scroll th { position: sticky; top: 0; } }
    @media print { .screen-only, input.search { display: none; } }
    input.search { width: 60%; margin: 1mm 0 2mm; padding: 1mm 2mm; font: inherit; }
    """

    /// A search box over each table that has one (`data-search`: its placeholder), hiding the rows that do not
    /// hold the text; made by the script, so a page read without JavaScript shows no dead box.
    static let searchScript = """
    (function () {
      var boxes = document.querySelectorAll('div[data-search]');
      for (var b = 0; b < boxes.length; b++) {
        (function (div) {
          var table = div.querySelector('table'); if (!table) return;
          var rows = table.tBodies[0].rows, texts = [];
          for (var i = 0; i < rows.length; i++) texts.push(rows[i].textContent.toLowerCase());
          var input = document.createElement('input');
          input.type = 'search'; input.className = 'search';
          input.placeholder = div.getAttribute('data-search'); input.setAttribute('aria-label', input.placeholder);
          div.parentNode.insertBefore(input, div);
          input.addEventListener('input', function () {
            var q = input.value.toLowerCase().trim();
            for (var i = 0; i < rows.length; i++) rows[i].style.display = (!q || texts[i].indexOf(q) >= 0) ? '' : 'none';
          });
        })(boxes[b]);
      }
    })();
    """
}
