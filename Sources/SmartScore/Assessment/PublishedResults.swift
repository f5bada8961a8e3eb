import Foundation

/// A cohort's results at component level, laid out as the ministry's published tables
/// (`datasets/evaluation/kominfo_evaluation_2023.csv`): one row per region with `region_code`, `region_name`,
/// `group` (when the edition has several), one column per component (`baseline`, `output`, …), and optionally
/// `no`, `final_score` and `improvement` as printed, and `participated` (`false` for a region listed as not
/// taking part). The final is recomputed from the components with the row's group's weights.
public struct PublishedResults: Sendable {
    public let file: String
    public let rubric: Rubric
    public let regions: [RegionScore]
    public let warnings: [InputError]
}

extension PublishedResults {
    static let fixedColumns: Set<String> = ["no", "region_code", "region_name", "group", "final_score", "improvement", "participated"]

    /// Reads the table; `registry` (the region list) checks the codes and gives each region its full name.
    public static func read(_ file: String, rubric: Rubric, registry: RegionRegistry?) throws -> PublishedResults {
        let table = try AssessmentCSV.read(file)
        var problems = InputProblems()
        let componentIDs = rubric.components.map(\.id)
        table.rejectUnknownColumns(known: fixedColumns.union(componentIDs), into: &problems)
        let codeColumn = table.columns["region_code"], nameColumn = table.columns["region_name"]
        if codeColumn == nil && nameColumn == nil {
            problems.add(InputError(.publishedNoRegionColumn, at: table.at(table.header.line, 0), hint: .publishedColumnsHint,
                                    hintArguments: ["columns": Self.columnList(rubric)]))
        }
        let groupColumn = table.columns["group"]
        if groupColumn == nil && rubric.groups.count > 1 {
            problems.add(InputError(.publishedNoGroupColumn, ["edition": String(rubric.edition), "groups": rubric.groups.map(\.id).joined(separator: ", ")],
                                    at: table.at(table.header.line, 0), hint: .publishedColumnsHint, hintArguments: ["columns": Self.columnList(rubric)]))
        }
        // Every component some group is scored on needs its column.
        let weighed = Set(rubric.groups.flatMap { $0.weights.map(\.component) })
        let absent = componentIDs.filter { weighed.contains($0) && table.columns[$0] == nil }
        if !absent.isEmpty {
            problems.add(InputError(.publishedComponentColumnsMissing, ["columns": absent.joined(separator: ", "), "edition": String(rubric.edition)],
                                    at: table.at(table.header.line, 0), hint: .publishedColumnsHint, hintArguments: ["columns": Self.columnList(rubric)]))
        }
        try problems.check()

        let numericColumns = (componentIDs + ["final_score", "improvement"]).compactMap { table.columns[$0] }
        let decimal = table.decimal(of: numericColumns)
        var regions: [RegionScore] = []
        var seen: [String: SourceLocation] = [:]
        var warnings = table.warnings

        func number(_ row: CSVRecord, _ column: Int, _ range: ClosedRange<Double>) -> Double?? {
            let text = table.cell(row, column)
            if text.isEmpty || text == "-" || text == "—" { return .some(nil) }
            guard case let .number(value) = NumberParser.read(text, decimal: decimal), range.contains(value) else {
                problems.add(.localized(.publishedNotAScore, { ["value": CellText.shown(text, $0), "column": CellText.shown(table.header.fields[column], $0),
                                                                "min": JSONValue.format(range.lowerBound), "max": JSONValue.format(range.upperBound)] },
                                        at: table.at(row.line, column)))
                return nil
            }
            return .some(value)
        }

        for row in table.rows {
            let start = problems.problems.count + problems.omitted
            // The region: its code (checked against the region list), or its name alone.
            let code = codeColumn.map { table.cell(row, $0) }.flatMap { $0.isEmpty ? nil : $0 }
            var name = nameColumn.flatMap { AssessmentCSV.oneLine(table.cell(row, $0)) } ?? ""
            if let codeColumn, code == nil {
                problems.add(InputError(.publishedRegionCodeEmpty, at: table.at(row.line, codeColumn)))
                continue
            }
            if let code, let codeColumn {
                if let registry {
                    if let record = registry[code] {
                        if name.isEmpty { name = record.name }
                    } else {
                        problems.add(.localized(.publishedUnknownRegionCode, { ["code": CellText.shown(code, $0)] }, at: table.at(row.line, codeColumn),
                                                hint: .publishedRegionCodeHint))
                        continue
                    }
                }
                if let first = seen[code] {
                    problems.add(InputError(.publishedRegionTwice, ["code": code], at: table.at(row.line, codeColumn), hint: .loaderFirstDefinedHint,
                                            hintArguments: ["location": "\(first)"]))
                    continue
                }
                seen[code] = table.at(row.line, codeColumn)
            } else if let nameColumn {
                guard !name.isEmpty else { problems.add(InputError(.publishedRegionCodeEmpty, at: table.at(row.line, nameColumn))); continue }
                if let first = seen["\u{1}" + name.uppercased()] {
                    problems.add(InputError(.publishedRegionTwice, ["code": name], at: table.at(row.line, nameColumn), hint: .loaderFirstDefinedHint,
                                            hintArguments: ["location": "\(first)"]))
                    continue
                }
                seen["\u{1}" + name.uppercased()] = table.at(row.line, nameColumn)
            }
            // The group: a `group` cell (REGULER, KPPN&IKN as printed are accepted too), or the edition's only group.
            var group = rubric.groups[0]
            if let groupColumn {
                let text = table.cell(row, groupColumn)
                guard let found = Self.group(text, in: rubric) else {
                    problems.add(.localized(.publishedUnknownGroup, { ["group": CellText.shown(text, $0), "edition": String(rubric.edition)] },
                                            at: table.at(row.line, groupColumn), hint: .loaderUseOneOfHint,
                                            hintArguments: { _ in ["values": rubric.groups.map(\.id).joined(separator: ", ")] }))
                    continue
                }
                group = found
            }
            var participated = true
            if let column = table.columns["participated"] {
                switch table.cell(row, column).lowercased() {
                case "true", "ya", "yes", "1": participated = true
                case "false", "tidak", "no", "0": participated = false
                default:
                    problems.add(.localized(.publishedParticipatedForm, { ["value": CellText.shown(table.cell(row, column), $0)] },
                                            at: table.at(row.line, column)))
                    continue
                }
            }
            var components: [ComponentScore] = []
            for component in rubric.components {
                guard let column = table.columns[component.id] else { continue }
                guard let parsed = number(row, column, rubric.scale) else { continue }
                guard let weight = group.weight(of: component.id) else {
                    // A component the group is not scored on: its cell is blank (Kolaborasi for REGULER).
                    if let value = parsed, value != 0 {
                        problems.add(.localized(.publishedComponentNotInGroup, { ["component": component.name[$0], "group": group.name[$0]] },
                                                at: table.at(row.line, column)))
                    }
                    continue
                }
                if let value = parsed {
                    components.append(ComponentScore(component: component, weight: weight, score: value, questions: nil))
                } else if participated {
                    problems.add(.localized(.publishedComponentEmpty, { ["component": component.name[$0], "region": name] },
                                            at: table.at(row.line, column), hint: .publishedComponentEmptyHint))
                } else {
                    components.append(ComponentScore(component: component, weight: weight, score: 0, questions: nil))
                }
            }
            let printedFinal = table.columns["final_score"].flatMap { number(row, $0, rubric.scale) } ?? nil
            let span = rubric.scale.upperBound - rubric.scale.lowerBound
            let improvement = table.columns["improvement"].flatMap { number(row, $0, -span...span) } ?? nil
            guard problems.problems.count + problems.omitted == start else { continue }
            // The ministry lists a region that did not take part with 0 everywhere; without the column saying so,
            // such a row is taken as one (a real evaluation never scores 0 on every component), and that is said.
            if table.columns["participated"] == nil, !components.isEmpty, components.allSatisfy({ $0.score == 0 }), (printedFinal ?? 0) == 0 {
                participated = false
                warnings.append(InputError(.publishedZeroRowNotTaking, ["region": name], at: table.at(row.line, 0)))
            }
            if !participated, components.contains(where: { $0.score != 0 }) {
                problems.add(InputError(.publishedNonParticipantScored, ["region": name], at: table.at(row.line, 0)))
                continue
            }
            regions.append(RegionScore(code: code, name: name, group: group, participated: participated, components: components,
                                       final: participated ? AssessmentScoring.final(components) : nil, printedFinal: printedFinal,
                                       printedImprovement: improvement, location: table.at(row.line, 0), answers: nil))
        }
        if table.rows.isEmpty { problems.add(InputError(.assessmentEmptyFile, at: table.at(table.header.line + 1, 0))) }
        try problems.check()
        return PublishedResults(file: file, rubric: rubric, regions: regions, warnings: warnings)
    }

    /// A group by id, or as the tables print it (`REGULER`, `KPPN&IKN`, `KPPN IKN`).
    static func group(_ text: String, in rubric: Rubric) -> RubricGroup? {
        let folded = text.lowercased().filter { $0.isLetter || $0.isNumber }
        return rubric.groups.first { $0.id.filter { $0.isLetter || $0.isNumber } == folded }
    }

    static func columnList(_ rubric: Rubric) -> String {
        (["region_code", "region_name"] + (rubric.groups.count > 1 ? ["group"] : []) + rubric.components.map(\.id) + ["final_score", "improvement", "participated"])
            .joined(separator: ",")
    }
}
