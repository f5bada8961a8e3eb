import Foundation

/// `smartscore quickwins`: a city's ranked programmes, quadrants, roadmap and risks; or the cohort view.
public enum QuickWinsReport {
    static func quadrantName(_ q: Quadrant, _ l: Language) -> String {
        switch q {
        case .quickWin: return Format.text(l, "quick win", "quick win")
        case .majorProject: return Format.text(l, "proyek besar", "major project")
        case .fillIn: return Format.text(l, "pelengkap", "fill-in")
        case .thankless: return Format.text(l, "kurang bermanfaat", "thankless")
        }
    }

    static func horizonName(_ h: Horizon, _ l: Language) -> String {
        switch h {
        case .short: return Format.text(l, "1 tahun", "1 year")
        case .medium: return Format.text(l, "5 tahun", "5 years")
        case .long: return Format.text(l, "10+ tahun", "10+ years")
        }
    }

    /// The unit an amount is said in: triliun/trillion, miliar/billion or juta/million, with its decimals.
    static func scale(_ x: Double) -> (divisor: Double, id: String, en: String, digits: Int) {
        x >= 1e12 ? (1e12, "T", "tn", 1) : x >= 1e9 ? (1e9, "M", "bn", 1) : (1e6, "jt", "m", 0)
    }

    static func amount(_ x: Double, _ unit: (divisor: Double, id: String, en: String, digits: Int), _ l: Language) -> String {
        let s = String(format: "%.\(unit.digits)f", x / unit.divisor)
        return l == .id ? s.replacingOccurrences(of: ".", with: ",") : s
    }

    /// A cost range in one unit: "Rp 0,4–1,5 M", "IDR 0.4–1.5 bn".
    static func rupiahRange(_ lo: Double, _ hi: Double, _ l: Language) -> String {
        let unit = scale(hi)
        return (l == .id ? "Rp " : "IDR ") + "\(amount(lo, unit, l))–\(amount(hi, unit, l)) " + (l == .id ? unit.id : unit.en)
    }

    /// Money as people say it: "Rp 2,5 M" (miliar) in Indonesian, "IDR 2.5 bn" in English.
    static func rupiah(_ x: Double, _ l: Language) -> String {
        let unit = scale(x)
        return (l == .id ? "Rp " : "IDR ") + amount(x, unit, l) + " " + (l == .id ? unit.id : unit.en)
    }

    public static func city(_ plan: CityPlan, model: ImpactModel?, format: OutputFormat, language l: Language) -> String {
        switch format {
        case .json: return model.map { cityJSON(plan, model: $0).serialized() } ?? ""
        case .csv:
            var t = CSVTable(headers: ["id", "dimension", "impact", "effort", "priority", "quadrant", "horizon", "cost_min", "cost_max", "months", "in_roadmap"])
            let chosen = Set(plan.roadmap.values.flatMap { $0.map(\.programme.id) })
            for e in plan.entries {
                t.append([e.programme.id, e.programme.dimension, CSVTable.number(e.impact), String(e.programme.effort), CSVTable.number(e.priority),
                          e.quadrant.rawValue, e.programme.horizon.rawValue, CSVTable.number(e.programme.cost.min),
                          CSVTable.number(e.programme.cost.max), String(e.programme.months), chosen.contains(e.programme.id) ? "true" : "false"])
            }
            return t.rendered()
        default:
            let md = format == .md
            func table(_ h: [String], _ rows: [[String]], _ a: [TextTable.Alignment]) -> String { Format.table(h, rows, a, markdown: md) }
            func heading(_ s: String) -> String { Format.heading(s, markdown: md) }
            let cityName = md ? Format.md(plan.city.name) : plan.city.name
            var out = (md ? "# " : "") + Format.text(l, "Quick win dan peta jalan — ", "Quick wins and roadmap — ") + "\(cityName) (\(plan.city.code))\n"
            out += heading(Format.text(l, "Program menurut prioritas (dampak ÷ upaya)", "Programmes by priority (impact ÷ effort)"))
            let shown = plan.entries.filter { $0.impact > 1e-12 }
            out += table([Format.text(l, "Program", "Programme"), Format.text(l, "Dimensi", "Dimension"), Format.text(l, "Dampak", "Impact"),
                          Format.text(l, "Upaya", "Effort"), Format.text(l, "Prioritas", "Priority"), Format.text(l, "Kuadran", "Quadrant"),
                          Format.text(l, "Horizon", "Horizon"), Format.text(l, "Biaya", "Cost"), Format.text(l, "Bulan", "Months")],
                         shown.map { e in
                             [CatalogueReport.truncate(e.programme.name[l], 48), e.programme.dimension, Format.score(e.impact, digits: 2),
                              String(e.programme.effort), Format.score(e.priority, digits: 2), quadrantName(e.quadrant, l),
                              horizonName(e.programme.horizon, l), rupiahRange(e.programme.cost.min, e.programme.cost.max, l), String(e.programme.months)]
                         }, [.left, .left, .right, .right, .right, .left, .left, .left, .right])
            if shown.isEmpty { out += Format.text(l, "Tidak ada program yang menutup kesenjangan kota ini.\n", "No programme closes a gap of this city.\n") }
            out += "\n" + Format.text(l,
                "Kuadran: dampak tinggi bila ≥ \(Format.score(plan.impactThreshold, digits: 2)) poin indeks (median dampak positif kota ini, atau --impact-threshold); upaya rendah bila ≤ \(plan.options.lowEffortMax) (--low-effort).",
                "Quadrants: high impact means ≥ \(Format.score(plan.impactThreshold, digits: 2)) index points (the median of this city's positive impacts, or --impact-threshold); low effort means ≤ \(plan.options.lowEffortMax) (--low-effort).") + "\n"
            out += heading(Format.text(l, "Peta jalan", "Roadmap"))
            out += table([Format.text(l, "Horizon", "Horizon"), Format.text(l, "Program", "Programmes"), Format.text(l, "Biaya maks.", "Max cost"),
                          Format.text(l, "Anggaran", "Budget"), Format.text(l, "Tambahan indeks", "Index gain")],
                         Horizon.allCases.map { h in
                             let chosen = plan.roadmap[h]!
                             return [horizonName(h, l), chosen.map(\.programme.id).joined(separator: ", ").ifEmpty("—"),
                                     rupiah(chosen.reduce(0) { $0 + $1.programme.cost.max }, l),
                                     plan.options.budget[h].map { rupiah($0, l) } ?? Format.text(l, "tanpa batas", "unlimited"),
                                     "+" + Format.score(plan.gains[h], digits: 2)]
                         }, [.left, .left, .right, .right, .right])
            out += heading(Format.text(l, "Daftar risiko program tahun pertama", "Risk register of the first-year programmes"))
            out += table([Format.text(l, "Program", "Programme"), Format.text(l, "Risiko", "Risk"), Format.text(l, "Kemungkinan", "Likelihood"),
                          Format.text(l, "Dampak", "Impact"), Format.text(l, "Mitigasi", "Mitigation"), Format.text(l, "Pemilik", "Owner")],
                         plan.risks.map { r in
                             [r.programme.id, r.risk.risk[l], r.risk.likelihood.rawValue, r.risk.impact.rawValue, r.risk.mitigation[l],
                              "\(r.programme.owner) (\(r.programme.dimension))"]
                         }, [.left, .left, .left, .left, .left, .left])
            return out
        }
    }

    public static func cityJSON(_ plan: CityPlan, model: ImpactModel) -> JSONValue {
        let r = model.result
        let k = r.cityIndex(code: plan.city.code)!
        let programmes: [JSONValue] = plan.entries.map { e in
            .object([
                ("id", .string(e.programme.id)),
                ("name", .object([("en", .string(e.programme.name.en)), ("id", .string(e.programme.name.id))])),
                ("dimension", .string(e.programme.dimension)),
                ("impact", .number(e.impact)),
                ("effort", .number(Double(e.programme.effort))),
                ("priority", .number(e.priority)),
                ("quadrant", .string(e.quadrant.rawValue)),
                ("horizon", .string(e.programme.horizon.rawValue)),
                ("cost", .object([("min", .number(e.programme.cost.min)), ("max", .number(e.programme.cost.max))])),
                ("months", .number(Double(e.programme.months))),
            ])
        }
        let roadmap: JSONValue = .object(Horizon.allCases.map { h in (h.rawValue, .array(plan.roadmap[h]!.map { .string($0.programme.id) })) }
            + [("gain", .object(Horizon.allCases.map { ($0.rawValue, .number(plan.gains[$0])) }))])
        let risks: [JSONValue] = plan.risks.map { item in
            .object([
                ("programme", .string(item.programme.id)),
                ("risk", .object([("en", .string(item.risk.risk.en)), ("id", .string(item.risk.risk.id))])),
                ("likelihood", .string(item.risk.likelihood.rawValue)),
                ("impact", .string(item.risk.impact.rawValue)),
                ("mitigation", .object([("en", .string(item.risk.mitigation.en)), ("id", .string(item.risk.mitigation.id))])),
                ("owner", .string(item.programme.owner)),
                ("dimension", .string(item.programme.dimension)),
            ])
        }
        let fields: [(String, JSONValue)] = [
            ("city", .object([("code", .string(plan.city.code)), ("name", .string(plan.city.name))])),
            ("year", .number(Double(r.input.year))),
            ("method", r.methodJSON),
            ("index", .number(r.index[k])),
            ("impact_threshold", .number(plan.impactThreshold)),
            ("low_effort_max", .number(Double(plan.options.lowEffortMax))),
            ("programmes", .array(programmes)),
            ("roadmap", roadmap),
            ("risks", .array(risks)),
        ]
        return .object(fields)
    }

    public static func cohort(_ view: CohortQuickWins, format: OutputFormat, language l: Language) -> String {
        switch format {
        case .json:
            let cities: [JSONValue] = view.cities.map { c in
                .object([("code", .string(c.city.code)), ("name", .string(c.city.name)),
                         ("top", .array(c.top.map { e in .object([("id", .string(e.programme.id)), ("impact", .number(e.impact)), ("priority", .number(e.priority))]) }))])
            }
            let programmes: [JSONValue] = view.programmes.map { p in
                .object([("id", .string(p.programme.id)), ("cities_lifted", .number(Double(p.citiesLifted))), ("total_impact", .number(p.totalImpact))])
            }
            return JSONValue.object([("cities", .array(cities)), ("programmes", .array(programmes))]).serialized()
        case .csv:
            var t = CSVTable(headers: ["id", "dimension", "cities_lifted", "total_impact"])
            for p in view.programmes { t.append([p.programme.id, p.programme.dimension, String(p.citiesLifted), CSVTable.number(p.totalImpact)]) }
            return t.rendered()
        default:
            let md = format == .md
            func table(_ h: [String], _ rows: [[String]], _ a: [TextTable.Alignment]) -> String { Format.table(h, rows, a, markdown: md) }
            var out = md ? "# " : ""
            out += Format.text(l, "Program yang paling banyak mengangkat kota\n\n", "Programmes that would lift the most cities the most\n\n")
            let headers = [Format.text(l, "Program", "Programme"), Format.text(l, "Dimensi", "Dimension"),
                           Format.text(l, "Kota (top quick win)", "Cities (top quick win)"), Format.text(l, "Total dampak", "Total impact")]
            let rows = view.programmes.filter { $0.totalImpact > 0 }.map { p in
                [CatalogueReport.truncate(p.programme.name[l], 50), p.programme.dimension, String(p.citiesLifted), Format.score(p.totalImpact, digits: 1)]
            }
            out += table(headers, rows, [.left, .left, .right, .right])
            out += "\n" + Format.text(l, "Quick win teratas tiap kota\n\n", "Each city's top quick wins\n\n")
            let cityRows = view.cities.map { c in [c.city.code, c.city.name, c.top.map { "\($0.programme.id) (+\(Format.score($0.impact, digits: 2)))" }.joined(separator: ", ").ifEmpty("—")] }
            let cityHeaders = [Format.text(l, "Kode", "Code"), Format.text(l, "Nama", "Name"), Format.text(l, "Quick win (dampak, poin indeks)", "Quick wins (impact, index points)")]
            out += table(cityHeaders, cityRows, [.left, .left, .left])
            return out
        }
    }
}

extension String {
    func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}
