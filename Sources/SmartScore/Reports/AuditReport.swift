import Foundation

/// `smartscore audit`: the statistical audit of a scored cohort. People's formats (table, Markdown) list
/// the findings a reader acts on — the dimension matrix, alpha per dimension and element, the indicators
/// that pull against their dimension, the collinear pairs, and influence against nominal weight — rather
/// than hundreds of rows of correlations; JSON carries everything (each dimension's indicator matrix
/// included) and CSV one row per indicator. JSON and CSV never change with the language.
public enum AuditReport {
    /// How many rows the people's formats list before pointing to the machine formats.
    static let listedIndicators = 10
    static let listedPairs = 15
    static let listedFlagged = 15
    static let listedCodes = 20
    /// Width of an indicator's name in a terminal table, so the widest table stays within ~120 columns.
    static let nameWidth = 36
    /// Where prose breaks in a terminal.
    static let proseWidth = 110

    /// `width`: the terminal's, which the table text is fitted to (nil: whole lines).
    public static func render(_ audit: AuditResult, format: OutputFormat, language: Language, width: Int? = nil) -> String {
        switch format {
        case .json: return json(audit).serialized()
        case .csv: return csv(audit)
        case .md: return text(audit, markdown: true, language: language)
        case .table, .html: return TextWrap.fit(text(audit, markdown: false, language: language, width: width), width: width)
        }
    }

    // MARK: Machine formats

    /// One row per in-scope indicator, in catalogue order.
    static func csv(_ a: AuditResult) -> String {
        var csv = CSVTable(headers: ["code", "dimension", "element", "r_dimension", "r_element", "r_index", "importance",
                                    "importance_share", "nominal_share", "ratio", "flag"])
        for f in a.indicators {
            let i = f.importance
            csv.append([f.code, f.dimension, f.element, CSVTable.number(f.withDimension), CSVTable.number(f.withElement),
                        CSVTable.number(i.correlation), CSVTable.number(i.mainEffect), CSVTable.number(i.share),
                        CSVTable.number(i.nominalShare), CSVTable.number(i.ratio), i.flag?.rawValue ?? ""])
        }
        return csv.rendered()
    }

    public static func json(_ a: AuditResult) -> JSONValue {
        let s = a.scores
        let codes = s.indicators.map(\.code)
        var fields: [(String, JSONValue)] = [
            ("year", .number(Double(s.year))),
            ("method", s.methodJSON),
            ("basis", .object([
                ("cities", .number(Double(a.cityCount))), ("cities_with_index", .number(Double(a.citiesWithIndex))),
                ("indicators", .number(Double(s.indicators.count))), ("scores", .string("normalised")),
                ("correlation", .string("pearson")), ("missing", .string("pairwise_complete")),
                ("minimum_pairs", .number(Double(AuditOptions.minimumPairs))),
            ])),
            ("collinear_threshold", .number(a.options.collinearThreshold)),
            ("importance_rule", .object([
                ("main_effect", .string("squared pearson correlation with the index")),
                ("share", .string("main effect / sum of the main effects of the weighted parts of the same level (weight 0: no share)")),
                ("low_ratio", .number(Importance.lowRatio)), ("high_ratio", .number(Importance.highRatio)),
                ("reference", .string("Paruolo, Saisana & Saltelli 2013")),
            ])),
            ("dimension_correlations", tableJSON(s.dimensions, a.dimensionCorrelations)),
            ("dimensions", .array(a.dimensions.map { d in
                .object([("id", .string(d.id)), ("indicators", .number(Double(d.indicatorColumns.count)))]
                        + importanceJSON(d.importance)
                        + [("cronbach_alpha", alphaJSON(d.alpha)),
                           ("elements", .array(d.elements.map { e in
                               .object([("id", .string(e.element)), ("indicators", .number(Double(e.alpha.indicatorCount))),
                                        ("cronbach_alpha", alphaJSON(e.alpha))])
                           })),
                           ("indicator_correlations", tableJSON(d.indicatorColumns.map { codes[$0] }, d.indicatorCorrelations))])
            })),
            ("indicators", .array(a.indicators.map { f in
                .object([("code", .string(f.code)), ("dimension", .string(f.dimension)), ("element", .string(f.element)),
                         ("r_dimension", .number(f.withDimension)), ("r_element", .number(f.withElement))]
                        + importanceJSON(f.importance))
            })),
            ("negatively_correlated", .array(a.negativelyCorrelated.map { f in
                .object([("code", .string(f.code)), ("dimension", .string(f.dimension)), ("r_dimension", .number(f.withDimension))])
            })),
            ("collinear_pairs", .array(a.collinearPairs.map { p in
                .object([("first", .string(codes[p.first])), ("second", .string(codes[p.second])), ("r", .number(p.correlation)),
                         ("pairs", .number(Double(p.pairs))), ("same_element", .bool(p.sameElement)),
                         ("same_dimension", .bool(p.sameDimension))])
            })),
            ("warnings", .array(s.warningsJSON)),
        ]
        if let values = a.values { fields.append(("values", values.json)) }
        return .object(fields)
    }

    /// r with the index, the main effect and the shares, flat (for a dimension's or an indicator's object).
    static func importanceJSON(_ i: Importance) -> [(String, JSONValue)] {
        [("r_index", .number(i.correlation)), ("pairs_index", .number(Double(i.pairs))), ("importance", .number(i.mainEffect)),
         ("importance_share", .number(i.share)), ("nominal_share", .number(i.nominalShare)), ("ratio", .number(i.ratio)),
         ("flag", .string(i.flag?.rawValue))]
    }

    static func alphaJSON(_ c: CronbachAlpha) -> JSONValue {
        let reason: String?, pair: JSONValue
        switch c.undefined {
        case nil: (reason, pair) = (nil, .null)
        case .tooFewIndicators: (reason, pair) = ("too_few_indicators", .null)
        case .noVariance: (reason, pair) = ("no_variance", .null)
        case let .covarianceUndefined(first, second): (reason, pair) = ("covariance_undefined", .array([.string(first), .string(second)]))
        case let .varianceUndefined(code): (reason, pair) = ("variance_undefined", .array([.string(code)]))
        }
        return .object([("alpha", .number(c.alpha)), ("indicators", .number(Double(c.indicatorCount))),
                        ("null_reason", .string(reason)), ("undefined_pair", pair)])
    }

    /// A square pairwise table: its labels, r by rows, and the number of cities behind each r.
    static func tableJSON(_ labels: [String], _ t: PairwiseStatistic) -> JSONValue {
        .object([("labels", .array(labels.map { .string($0) })),
                 ("r", .array(t.values.rowArrays.map { .array($0.map { .number($0) }) })),
                 ("pairs", .array(t.pairs.rowArrays.map { .array($0.map { .number($0) }) }))])
    }

    // MARK: People's formats

    /// The audit people read, in the language's words and numbers.
    static func text(_ a: AuditResult, markdown md: Bool, language: Language, width: Int? = nil) -> String {
        let s = a.scores
        let words = ScoringWording.reader(language, framework: s.framework)
        let t = words.localizer, n = t.numbers
        let paragraph = md ? "\n\n" : "\n"
        var out = (md ? "# " : "") + t(.auditTitle) + "\n\n"
        // Whole dimensions without data come first, where nobody can miss them.
        let missing = words.withoutDataLines(s.catalogueCoverage, indexed: s.rankedCount > 0)
        if !missing.isEmpty { out += missing.map { prose($0, md) }.joined(separator: paragraph) + "\n\n" }
        out += [t(.auditBasis, ["cities": n.integer(a.cityCount), "indexed": n.integer(a.citiesWithIndex), "year": String(s.year),
                                "indicators": n.integer(s.indicators.count), "dimensions": n.integer(s.dimensions.count),
                                "elements": n.integer(s.elements.count)]),
                words.methodSentence(s),
                t(.auditCorrelationBasis, ["minimum": n.integer(AuditOptions.minimumPairs)])].map { prose($0, md) }.joined(separator: paragraph) + "\n"
        out += dimensionMatrix(a, words, md, width)
        out += reliability(a, words, md, width)
        out += negative(a, words, md, width)
        out += collinear(a, words, md, width)
        out += importance(a, words, md, width)
        if let values = a.values { out += "\n" + values.sentence(t).split(separator: "\n").map { prose(String($0), md) }.joined(separator: paragraph) + "\n" }
        let notes = s.warnings.filter { !$0.isSaidByCatalogueCoverage }
        if !notes.isEmpty { out += "\n" + notes.map { prose(t(.noteLabel) + words.warning($0), md) }.joined(separator: paragraph) + "\n" }
        return out
    }

    static func dimensionMatrix(_ a: AuditResult, _ words: ScoringWording, _ md: Bool, _ width: Int? = nil) -> String {
        let s = a.scores, t = words.localizer
        let headers = [t(.auditDimension)] + s.dimensions.map(words.dimensionShort) + [t(.index)]
        let rows = s.dimensions.indices.map { i in
            [plainName(s.dimensions[i], words)] + s.dimensions.indices.map { r(a.dimensionCorrelations[i, $0], t) }
                + [r(a.dimensions[i].importance.correlation, t)]
        }
        return Format.heading(t(.auditDimensionCorrelations), markdown: md)
            + Format.table(headers, rows, [.left] + Array(repeating: .right, count: headers.count - 1), markdown: md, width: width, language: words.localizer.language)
    }

    static func reliability(_ a: AuditResult, _ words: ScoringWording, _ md: Bool, _ width: Int? = nil) -> String {
        let t = words.localizer, n = t.numbers
        var rows: [[String]] = [], undefined: [String] = []
        func add(_ name: String, _ alpha: CronbachAlpha) {
            rows.append([name, n.integer(alpha.indicatorCount), n.score(alpha.alpha, digits: 2)])
            if let why = alpha.undefined { undefined.append(name.trimmingCharacters(in: .whitespaces) + ": " + reason(why, t)) }
        }
        for d in a.dimensions {
            add(plainName(d.id, words), d.alpha)
            // Elements indented under their dimension (Markdown strips leading spaces, so it marks them).
            for e in d.elements { add((md ? "↳ " : "  ") + plainName(e.path, words), e.alpha) }
        }
        var out = Format.heading(t(.auditReliabilityHeading), markdown: md)
            + Format.table([t(.auditPart), t(.auditIndicatorCount), t(.auditAlpha)], rows, [.left, .right, .right], markdown: md, width: width, language: words.localizer.language)
        out += "\n" + undefined.map { md ? "- " + Format.md($0) + "\n" : prose($0, md) + "\n" }.joined()
        out += (undefined.isEmpty ? "" : "\n") + prose(t(.auditAlphaLegend, ["threshold": n.score(0.7, digits: 1)]), md) + "\n"
        return out
    }

    static func negative(_ a: AuditResult, _ words: ScoringWording, _ md: Bool, _ width: Int? = nil) -> String {
        let t = words.localizer, n = t.numbers
        var out = Format.heading(t(.auditNegativeHeading), markdown: md)
        let found = a.negativelyCorrelated
        // "None" only speaks for the indicators whose r could be computed.
        let undefined = a.undefinedWithDimension == 0 ? ""
            : prose(t(.auditNegativeUndefined, ["count": n.integer(a.undefinedWithDimension)]), md) + "\n"
        guard !found.isEmpty else { return out + t(.auditNegativeNone) + "\n" + undefined }
        out += prose(t(.auditNegativeCount, ["count": n.integer(found.count)]), md) + "\n\n"
        out += Format.table([t(.code), t(.auditIndicator), t(.auditDimension), t(.auditRDimension), t(.auditRElement), t(.auditRIndex)],
                            found.map { f in
                                [f.code, indicatorName(f.indicator, words, md), words.dimensionShort(f.dimension), r(f.withDimension, t),
                                 r(f.withElement, t), r(f.importance.correlation, t)]
                            }, [.left, .left, .left, .right, .right, .right], markdown: md, width: width, language: words.localizer.language)
        return out + undefined
    }

    static func collinear(_ a: AuditResult, _ words: ScoringWording, _ md: Bool, _ width: Int? = nil) -> String {
        let t = words.localizer, n = t.numbers
        let threshold = n.value(a.options.collinearThreshold)
        var out = Format.heading(t(.auditCollinearHeading, ["threshold": threshold]), markdown: md)
        let pairs = a.collinearPairs
        let undefined = a.undefinedIndicatorPairs == 0 ? ""
            : prose(t(.auditCollinearUndefined, ["count": n.integer(a.undefinedIndicatorPairs)]), md) + "\n"
        guard !pairs.isEmpty else { return out + t(.auditCollinearNone, ["threshold": threshold]) + "\n" + undefined }
        out += prose(t(.auditCollinearCount, ["count": n.integer(pairs.count)]), md) + "\n\n"
        let indicators = a.scores.indicators
        // Code and name in one cell, so that two indicators and their relation fit a terminal.
        func cell(_ i: Int) -> String {
            let name = indicators[i].code + " " + indicators[i].name[words.language]
            return md ? name : truncate(name, nameWidth - 2)
        }
        out += Format.table([t(.auditFirst), t(.auditSecond), t(.auditR), t(.auditCities), t(.auditRelation)],
                            pairs.prefix(listedPairs).map { p in
                                [cell(p.first), cell(p.second), r(p.correlation, t), n.integer(p.pairs),
                                 t(p.sameElement ? .auditSameElement : p.sameDimension ? .auditSameDimension : .auditAcrossDimensions)]
                            }, [.left, .left, .right, .right, .left], markdown: md, width: width, language: words.localizer.language)
        if pairs.count > listedPairs { out += t(.auditCollinearMore, ["count": n.integer(pairs.count - listedPairs)]) + "\n" }
        return out + undefined
    }

    static func importance(_ a: AuditResult, _ words: ScoringWording, _ md: Bool, _ width: Int? = nil) -> String {
        let t = words.localizer, n = t.numbers
        var out = Format.heading(t(.auditImportanceHeading), markdown: md)
        // Without enough cities that have an index there is nothing to correlate with: one sentence, not
        // tables of dashes.
        guard a.citiesWithIndex >= AuditOptions.minimumPairs else {
            return out + prose(t(.auditImportanceNoIndex, ["indexed": n.integer(a.citiesWithIndex),
                                                           "minimum": n.integer(AuditOptions.minimumPairs)]), md) + "\n"
        }
        out += prose(t(.auditImportanceRule, ["low": n.value(Importance.lowRatio), "high": n.value(Importance.highRatio),
                                              "lowWord": t(.auditFlagLow), "highWord": t(.auditFlagHigh)]), md) + "\n\n"
        out += (md ? "**\(Format.md(t(.auditByDimension)))**\n\n" : t(.auditByDimension) + "\n")
        out += Format.table([t(.auditDimension), t(.auditR), t(.auditRSquared), t(.auditShare), t(.auditNominalShare), t(.auditRatio), t(.auditFlag)],
                            a.dimensions.map { d in
                                let i = d.importance
                                return [plainName(d.id, words), r(i.correlation, t), r(i.mainEffect, t), n.percent(i.share, digits: 2),
                                        n.percent(i.nominalShare, digits: 2), r(i.ratio, t), flag(i.flag, t)]
                            }, [.left, .right, .right, .right, .right, .right, .left], markdown: md, width: width, language: words.localizer.language)

        let ranked = a.indicatorsByImportance.filter { $0.importance.share != nil }
        let count = min(listedIndicators, ranked.count)
        if count > 0 {
            out += "\n" + subheading(t(.auditTopIndicators, ["count": n.integer(count)]), md)
            out += indicatorTable(Array(ranked.prefix(count)), words, md, width)
            out += "\n" + subheading(t(.auditBottomIndicators, ["count": n.integer(count)]), md)
            out += indicatorTable(Array(ranked.suffix(count).reversed()), words, md, width)
        }
        let flagged = a.flaggedIndicators
        let low = flagged.filter { $0.importance.flag == .low }.count
        out += "\n" + subheading(t(.auditFlaggedHeading, ["low": n.integer(low), "high": n.integer(flagged.count - low),
                                                           "lowRatio": n.value(Importance.lowRatio), "highRatio": n.value(Importance.highRatio)]), md)
        if flagged.isEmpty {
            out += prose(t(.auditFlaggedNone), md) + "\n"
        } else {
            out += indicatorTable(Array(flagged.prefix(listedFlagged)), words, md, width)
            if flagged.count > listedFlagged { out += t(.auditFlaggedMore, ["count": n.integer(flagged.count - listedFlagged)]) + "\n" }
        }
        let undefined = a.indicators.filter { $0.importance.share == nil }
        if !undefined.isEmpty {
            out += "\n" + prose(t(.auditImportanceUndefined, ["count": n.integer(undefined.count), "minimum": n.integer(AuditOptions.minimumPairs),
                                                               "codes": codeList(undefined.map(\.code), t)]), md) + "\n"
        }
        return out
    }

    static func indicatorTable(_ rows: [AuditResult.IndicatorFinding], _ words: ScoringWording, _ md: Bool, _ width: Int? = nil) -> String {
        let t = words.localizer, n = t.numbers
        return Format.table([t(.code), t(.auditIndicator), t(.auditDimension), t(.auditRIndex), t(.auditShare), t(.auditNominalShare),
                             t(.auditRatio), t(.auditFlag)],
                            rows.map { f in
                                let i = f.importance
                                return [f.code, indicatorName(f.indicator, words, md), words.dimensionShort(f.dimension),
                                        r(i.correlation, t), n.percent(i.share, digits: 2), n.percent(i.nominalShare, digits: 2), r(i.ratio, t), flag(i.flag, t)]
                            }, [.left, .left, .left, .right, .right, .right, .right, .left], markdown: md, width: width, language: words.localizer.language)
    }

    /// Codes joined by commas, the first `listedCodes` of them, then how many more.
    static func codeList(_ codes: [String], _ t: Localizer) -> String {
        let shown = codes.prefix(listedCodes).joined(separator: ", ")
        return codes.count > listedCodes ? shown + " " + t(.auditMoreCodes, ["count": t.numbers.integer(codes.count - listedCodes)]) : shown
    }

    static func subheading(_ s: String, _ md: Bool) -> String { md ? "**\(Format.md(s))**\n\n" : prose(s, md) + "\n" }

    /// A paragraph: as it is in Markdown (the renderer wraps it), broken at `proseWidth` in a terminal.
    static func prose(_ s: String, _ md: Bool) -> String { md ? Format.md(s) : Format.wrap(s, width: proseWidth) }

    /// A correlation (or ratio) with two decimals; "—" when undefined.
    static func r(_ x: Double?, _ t: Localizer) -> String { t.numbers.score(x, digits: 2) }

    /// A share as a percentage with two decimals ("0,42%"): an indicator's share of the index is often
    /// below 1 %, which a whole percentage would show as 0.
    static func flag(_ f: Importance.Flag?, _ t: Localizer) -> String {
        switch f {
        case nil: return ""
        case .low: return t(.auditFlagLow)
        case .high: return t(.auditFlagHigh)
        }
    }

    static func reason(_ why: CronbachAlpha.Undefined, _ t: Localizer) -> String {
        switch why {
        case let .tooFewIndicators(count): return t(.auditAlphaTooFew, ["count": t.numbers.integer(count)])
        case let .covarianceUndefined(first, second): return t(.auditAlphaCovarianceUndefined, ["first": first, "second": second])
        case let .varianceUndefined(code): return t(.auditAlphaVarianceUndefined, ["code": code])
        case .noVariance: return t(.auditAlphaNoVariance)
        }
    }

    static func plainName(_ path: String, _ words: ScoringWording) -> String {
        words.framework?.plainName(of: path, words.language) ?? path
    }

    /// The indicator's name in the reader's language, cut to fit a terminal table.
    static func indicatorName(_ indicator: Indicator, _ words: ScoringWording, _ md: Bool) -> String {
        let name = indicator.name[words.language]
        return md ? name : truncate(name, nameWidth)
    }

    static func truncate(_ s: String, _ n: Int) -> String {
        s.count <= n ? s : String(s.prefix(n - 1)) + "…"
    }
}
