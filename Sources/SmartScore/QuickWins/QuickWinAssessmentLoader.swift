import Foundation

extension QuickWinAssessment {
    /// Reads a sheet: YAML for `.yaml`/`.yml`, CSV for `.csv` (any case). Programmes are named by id or by
    /// their exact Indonesian or English name (any case) and resolved against `programmes`.
    ///
    /// Every problem is reported at its file:line:column (a YAML node, a CSV cell), in both languages. A
    /// problem in one entry does not hide those of the next: a single problem is thrown as `InputError`,
    /// several as `InputErrors`. Nothing is returned unless the whole sheet is valid.
    public static func load(path: String, programmes: [Programme]) throws -> QuickWinAssessment {
        switch (path as NSString).pathExtension.lowercased() {
        case "yaml", "yml": return try YAMLSheetReader(file: path, programmes: programmes).read()
        case "csv": return try CSVSheetReader(file: path, programmes: programmes).read()
        default: throw InputError(.quickwinSheetFormat, at: SourceLocation(file: path), hint: .quickwinSheetFormatHint)
        }
    }
}

// MARK: what both formats share

/// Programmes by id and by name, compared without regard to case, spacing or invisible characters.
struct ProgrammeIndex {
    let programmes: [Programme]
    private var positions: [String: Int] = [:]

    init(_ programmes: [Programme]) {
        self.programmes = programmes
        // Ids first, so that a name can never hide an id; then names, the first programme winning.
        for (i, p) in programmes.enumerated() { positions[Self.fold(p.id)] = positions[Self.fold(p.id)] ?? i }
        for (i, p) in programmes.enumerated() {
            for name in [p.name.id, p.name.en] where positions[Self.fold(name)] == nil { positions[Self.fold(name)] = i }
        }
    }

    static func fold(_ text: String) -> String {
        CellText.key(text).lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    func resolve(_ text: String) -> Programme? { positions[Self.fold(text)].map { programmes[$0] } }

    /// The ids of the programmes whose id or name is nearest to `text`: those that contain it first (`lapor`,
    /// `gov-lapor` for `gov-lapor-complaints`), then by edit distance.
    func nearest(to text: String, limit: Int = 3) -> [String] {
        let query = Self.fold(text)
        guard !query.isEmpty, query.unicodeScalars.count <= 200 else { return [] }
        let scored = programmes.map { p in
            let distance = [p.id, p.name.id, p.name.en].map { candidate -> (Int, Int) in
                let folded = Self.fold(candidate)
                return folded.contains(query) ? (0, folded.count - query.count) : (1, EditDistance.between(query, folded))
            }.min { $0 < $1 } ?? (2, 0)
            return (id: p.id, distance: distance)
        }
        return scored.sorted { $0.distance != $1.distance ? $0.distance < $1.distance : $0.id < $1.id }.prefix(limit).map(\.id)
    }
}

/// Builds the entries of a sheet, collecting the problems of every entry.
struct SheetBuilder {
    let file: String
    let index: ProgrammeIndex
    private(set) var entries: [QuickWinAssessment.Entry] = []
    private var problems = InputProblems()
    /// Where each programme (by id; an unknown one by its folded text) is first assessed.
    private var seen: [String: SourceLocation] = [:]

    init(file: String, programmes: [Programme]) {
        self.file = file
        self.index = ProgrammeIndex(programmes)
    }

    var hasProblems: Bool { !problems.isEmpty }

    mutating func add(_ problem: InputError) { problems.add(problem) }

    /// The programme written as `text`; an unknown one, or one assessed before, is a problem.
    mutating func programme(_ text: String, at location: SourceLocation) -> Programme? {
        let programme = index.resolve(text)
        let key = programme?.id ?? "\u{1}" + ProgrammeIndex.fold(text)
        if let first = seen[key] {
            add(.localized(.quickwinSheetDuplicateProgramme, { ["programme": programme?.id ?? CellText.shown(text, $0)] }, at: location,
                           hint: .quickwinSheetDuplicateProgrammeHint, hintArguments: { _ in ["location": "\(first)"] }))
            return nil
        }
        seen[key] = location
        guard let programme else {
            let near = index.nearest(to: text)
            add(.localized(.quickwinSheetUnknownProgramme, { ["programme": CellText.shown(text, $0)] }, at: location,
                           hint: near.isEmpty ? nil : .quickwinSheetUnknownProgrammeHint,
                           hintArguments: { _ in ["programmes": near.joined(separator: ", ")] }))
            return nil
        }
        return programme
    }

    /// A score, if it lies in 0–4.
    mutating func score(_ value: Double, written: String, question: String, at location: SourceLocation) -> Double? {
        guard (0...4).contains(value) else {
            add(.localized(.quickwinSheetScoreRange, { ["value": CellText.shown(written, $0), "question": question] }, at: location,
                           hint: .quickwinSheetScoreRangeHint))
            return nil
        }
        return value
    }

    /// Questions an entry gives no score for.
    mutating func missing(_ keys: [String], programme label: String, at location: SourceLocation) {
        add(.localized(.quickwinSheetMissingQuestion, { ["programme": CellText.shown(label, $0), "questions": keys.joined(separator: ", ")] },
                       at: location, hint: .quickwinSheetMissingQuestionHint))
    }

    mutating func unknownQuestion(_ key: String, at location: SourceLocation) {
        let nearest = QuickWinCriteria.nearestKey(to: key)
        add(.localized(.quickwinSheetUnknownQuestion, { ["key": CellText.shown(key, $0)] }, at: location, hint: .quickwinSheetUnknownQuestionHint,
                       hintArguments: { _ in ["nearest": nearest, "keys": QuickWinCriteria.keys.joined(separator: ", ")] }))
    }

    /// Adds the entry when its programme is known and all twelve scores are valid.
    mutating func entry(programme: Programme?, written: String, scores: [Double?], notes: [String: String], note: String?,
                        at location: SourceLocation) {
        guard let programme else { return }
        let complete = scores.compactMap { $0 }
        guard complete.count == QuickWinCriteria.questions.count else { return }
        entries.append(.init(programme: programme, written: written, scores: complete, notes: notes, note: note, location: location))
    }

    /// Throws what was found: one problem as `InputError`, several as `InputErrors`.
    func check() throws { try problems.check() }

    /// A note as one line: line breaks and tabs (a cell written with Alt+Enter, a YAML block) become spaces.
    static func note(_ text: String) -> String? { CellText.oneLine(text) }
}

// MARK: YAML

/// ```yaml
/// city: Kabupaten Malang        # optional
/// year: 2023                    # optional
/// quick_wins:
///   - programme: gov-lapor-complaints     # an id, or the exact Indonesian or English name
///     scores: {formulation: 3.8, appeal: 3, …, sustainability_new: 3.2}   # all twelve, 0–4
///     notes: {formulation: "…"}          # optional, evidence by question
///     note: "…"                          # optional, evidence for the quick win as a whole
/// ```
struct YAMLSheetReader {
    let file: String
    let programmes: [Programme]

    static let sheetFields = ["city", "year", "quick_wins"]
    static let entryFields = ["programme", "scores", "notes", "note"]

    func read() throws -> QuickWinAssessment {
        let root = try YAMLNode.load(path: file)
        guard root.isMapping else { throw root.error(.loaderNotAMapping) }
        try Self.rejectUnknown(root, allowed: Self.sheetFields, what: .quickwinSheetWhatSheet)
        let city = try root.optional("city").flatMap { $0.isNull ? nil : try $0.string() }
        var year: Int?
        if let node = try root.optional("year"), !node.isNull {
            let value = try node.int()
            guard ObservationYears.admitted.contains(value) else {
                throw node.error(.columnMappingYearOutside, ["year": String(value), "range": ObservationYears.admittedText])
            }
            year = value
        }
        let list = try Self.required("quick_wins", in: root, what: .quickwinSheetWhatSheet)
        let items = list.isNull ? [] : try list.sequence()
        guard !items.isEmpty else { throw list.error(.quickwinSheetEmpty, hint: .quickwinSheetEmptyYAMLHint) }
        var builder = SheetBuilder(file: file, programmes: programmes)
        for item in items {
            do {
                try readEntry(item, into: &builder)
            } catch let problem as InputError {
                builder.add(problem)
            }
        }
        try builder.check()
        return QuickWinAssessment(file: file, format: .yaml, city: city, year: year, entries: builder.entries, warnings: [])
    }

    private func readEntry(_ item: YAMLNode, into builder: inout SheetBuilder) throws {
        guard item.isMapping else { throw item.error(.loaderNotAMapping) }
        try Self.rejectUnknown(item, allowed: Self.entryFields, what: .quickwinSheetWhatEntry)
        let programmeNode = try Self.required("programme", in: item, what: .quickwinSheetWhatEntry)
        let written = try programmeNode.string()
        let programme = builder.programme(written, at: programmeNode.location)
        let label = programme?.id ?? written

        let scoresNode = try Self.required("scores", in: item, what: .quickwinSheetWhatEntry)
        var scores = [Double?](repeating: nil, count: QuickWinCriteria.questions.count)
        var given = Set<Int>()
        for (keyNode, valueNode) in try scoresNode.pairs() {
            let key = try keyNode.string()
            guard let index = QuickWinCriteria.index(of: key) else {
                builder.unknownQuestion(key, at: keyNode.location)
                continue
            }
            given.insert(index)
            guard let (value, written) = Self.number(valueNode) else {
                let text = valueNode.node.scalar?.string ?? ""
                builder.add(.localized(.quickwinSheetNotANumber, { ["value": CellText.shown(text, $0), "question": key] },
                                       at: valueNode.location, hint: .quickwinSheetNotANumberHint))
                continue
            }
            scores[index] = builder.score(value, written: written, question: key, at: valueNode.location)
        }
        let missing = QuickWinCriteria.keys.indices.filter { !given.contains($0) }.map { QuickWinCriteria.keys[$0] }
        if !missing.isEmpty { builder.missing(missing, programme: label, at: scoresNode.location) }

        var notes: [String: String] = [:]
        if let notesNode = try item.optional("notes"), !notesNode.isNull {
            for (keyNode, valueNode) in try notesNode.pairs() {
                let key = try keyNode.string()
                guard QuickWinCriteria.index(of: key) != nil else {
                    builder.unknownQuestion(key, at: keyNode.location)
                    continue
                }
                if let text = try Self.text(valueNode) { notes[key] = text }
            }
        }
        let note = try item.optional("note").flatMap { try Self.text($0) }
        builder.entry(programme: programme, written: written, scores: scores, notes: notes, note: note, at: programmeNode.location)
    }

    /// A finite number written as a plain scalar (`3`, `3.4`) or quoted (`"3.4"`), and its text as written;
    /// `nil` for anything else (text, an empty value, a list).
    static func number(_ node: YAMLNode) -> (Double, String)? {
        guard let scalar = node.node.scalar, !node.isNull, let value = try? node.double() else { return nil }
        return (value, scalar.string)
    }

    /// A note on one line; `nil` for an empty value.
    static func text(_ node: YAMLNode) throws -> String? {
        if node.isNull { return nil }
        guard node.node.scalar != nil, let text = node.node.string else { throw node.error(.loaderNotText) }
        return SheetBuilder.note(text)
    }

    /// Like `YAMLNode.rejectUnknownKeys`, naming the sheet or entry in the user's language.
    static func rejectUnknown(_ node: YAMLNode, allowed: [String], what: TextKey) throws {
        for (key, _) in try node.pairs() {
            let name = key.node.string ?? ""
            guard !allowed.contains(name) else { continue }
            throw InputError.localized(.loaderUnknownField, { ["name": CellText.shown(name, $0), "what": Localizer($0)(what)] },
                                       at: key.location, hint: .loaderUnknownFieldHint,
                                       hintArguments: { _ in ["fields": allowed.joined(separator: ", ")] })
        }
    }

    /// Like `YAMLNode.required`, naming the sheet or entry in the user's language.
    static func required(_ key: String, in node: YAMLNode, what: TextKey) throws -> YAMLNode {
        guard let value = try node.optional(key) else {
            throw InputError.localized(.loaderMissingKey, { ["what": Localizer($0)(what), "key": key] }, at: node.location,
                                       hint: .loaderMissingKeyHint, hintArguments: { _ in ["key": key] })
        }
        return value
    }
}

// MARK: CSV

/// `programme,formulation,appeal,…,sustainability_new[,note]`, in any column order, one row per quick win;
/// read by the importer's CSV reader (UTF-8 with or without a byte-order mark, UTF-16, Windows-1252;
/// `,`, `;` or tab; quoted fields), with the decimal mark detected from the scores (`3,4` in a `;` file).
struct CSVSheetReader {
    let file: String
    let programmes: [Programme]

    /// A region runs a handful of quick wins; a longer file is not a sheet.
    static let mostRows = 10_000

    static var columns: [String] { ["programme"] + QuickWinCriteria.keys + ["note"] }

    func read() throws -> QuickWinAssessment {
        var reader = CSVReader(path: file, displayName: file)
        reader.allowsWindows1252 = true
        do {
            let (records, separator) = try Self.records(reader, file: file)
            return try read(records, separator: separator, warnings: [])
        } catch let fallback as CSVReader.Windows1252Fallback {
            // Excel's "CSV" on Indonesian Windows: read again as Windows-1252, and say so.
            let transcoded = CSVReader(utf8: fallback.utf8, transcodedFrom: .windows1252, sha256: fallback.sha256, displayName: file, separator: nil)
            let (records, separator) = try Self.records(transcoded, file: file)
            return try read(records, separator: separator,
                            warnings: [InputError(.encodingReadAsWindows1252, at: SourceLocation(file: file), hint: .encodingSaveAsUTF8Hint)])
        }
    }

    private static func records(_ reader: CSVReader, file: String) throws -> ([CSVRecord], CSVDialect.Separator) {
        var records: [CSVRecord] = []
        let pass = try reader.pass { record, _ in
            guard !record.isBlank else { return true }
            guard records.count <= mostRows else {
                throw InputError(.quickwinSheetTooManyRows, ["limit": String(mostRows)], at: SourceLocation(file: file, line: record.line))
            }
            records.append(record)
            return true
        }
        return (records, pass.separator)
    }

    /// A column of the header: its position and what it holds.
    private enum Column { case programme, note, question(Int) }

    private func read(_ records: [CSVRecord], separator: CSVDialect.Separator, warnings: [InputError]) throws -> QuickWinAssessment {
        guard let header = records.first else {
            throw InputError(.quickwinSheetEmpty, at: SourceLocation(file: file, line: 1, column: 1), hint: .quickwinSheetEmptyCSVHint)
        }
        let rows = records.dropFirst()
        func at(_ line: Int, _ column: Int) -> SourceLocation { SourceLocation(file: file, line: line, column: column + 1) }

        // The header: every column known and named once; the programme and all twelve questions present.
        var builder = SheetBuilder(file: file, programmes: programmes)
        var columns: [Int: Column] = [:]
        var firstSeen: [String: Int] = [:]
        var unnamed: [Int] = []
        for (i, raw) in header.fields.enumerated() {
            let name = CellText.key(raw).lowercased()
            if name.isEmpty { unnamed.append(i); continue }
            if let first = firstSeen[name] {
                builder.add(.localized(.quickwinSheetDuplicateColumn, { ["name": CellText.shown(name, $0), "first": String(first + 1)] },
                                       at: at(header.line, i)))
                continue
            }
            firstSeen[name] = i
            switch name {
            case "programme": columns[i] = .programme
            case "note": columns[i] = .note
            default:
                if let q = QuickWinCriteria.index(of: name) {
                    columns[i] = .question(q)
                } else if let control = CellText.firstControl(name) {
                    builder.add(.localized(.readControlCharacter, { ["cell": CellText.shown(name, $0), "char": CellText.codePoint(control)] },
                                           at: at(header.line, i), hint: .readControlCharacterHint))
                } else {
                    builder.add(.localized(.quickwinSheetUnknownColumn, { ["name": CellText.shown(name, $0)] }, at: at(header.line, i),
                                           hint: .quickwinSheetColumnsHint, hintArguments: { _ in ["columns": Self.columns.joined(separator: ", ")] }))
                }
            }
        }
        let programmeColumn = columns.first { if case .programme = $0.value { return true } else { return false } }?.key
        if programmeColumn == nil {
            builder.add(InputError(.quickwinSheetNoProgrammeColumn, at: at(header.line, 0), hint: .quickwinSheetColumnsHint,
                                   hintArguments: ["columns": Self.columns.joined(separator: ", ")]))
        }
        var questionColumns = [Int?](repeating: nil, count: QuickWinCriteria.questions.count)
        for (i, column) in columns { if case let .question(q) = column { questionColumns[q] = i } }
        let absent = QuickWinCriteria.keys.indices.filter { questionColumns[$0] == nil }.map { QuickWinCriteria.keys[$0] }
        if !absent.isEmpty {
            builder.add(InputError(.quickwinSheetMissingColumns, ["questions": absent.joined(separator: ", ")], at: at(header.line, 0),
                                   hint: .quickwinSheetMissingQuestionHint))
        }
        try builder.check()
        guard let programmeColumn, !rows.isEmpty else {
            throw InputError(.quickwinSheetEmpty, at: SourceLocation(file: file, line: header.line + 1), hint: .quickwinSheetEmptyCSVHint)
        }
        let scoreColumns = questionColumns.compactMap { $0 }
        let noteColumn = columns.first { if case .note = $0.value { return true } else { return false } }?.key

        // The decimal mark, from every score: a `;` file of Indonesian Excel writes 3,4.
        let samples = rows.flatMap { row in scoreColumns.compactMap { $0 < row.fields.count ? row.fields[$0] : nil } }
        let decimal = CSVDialect.detectDecimal(separator: separator, samples: samples)

        for row in rows {
            let fields = row.fields
            let width = header.fields.count
            if fields.count != width, !(fields.count > width && fields[width...].allSatisfy({ Trim.spaces($0).isEmpty })) {
                builder.add(InputError(.quickwinSheetRagged, ["fields": String(fields.count), "columns": String(width)],
                                       at: at(row.line, min(fields.count, width)), hint: .quickwinSheetRaggedHint,
                                       hintArguments: ["separator": separator.label]))
                continue
            }
            var clean = true
            for (i, cell) in fields.prefix(width).enumerated() where columns[i] != nil || unnamed.contains(i) {
                if cell.utf8.count > ObservationFileReader.longestCell {
                    builder.add(.localized(.readCellTooLong, { ["cell": CellText.shown(cell, $0), "most": String(ObservationFileReader.longestCell)] },
                                           at: at(row.line, i)))
                    clean = false
                    continue
                }
                if unnamed.contains(i) {
                    let text = Trim.spaces(cell)
                    if !text.isEmpty {
                        builder.add(.localized(.columnUnnamedHoldsValue, { ["column": String(i + 1), "cell": CellText.shown(text, $0)] },
                                               at: at(row.line, i), hint: .columnUnnamedHint))
                        clean = false
                    }
                    continue
                }
                // A note may hold line breaks and tabs (folded into spaces below); nothing else invisible.
                let checked: String
                if case .note? = columns[i] { checked = SheetBuilder.note(cell) ?? "" } else { checked = Trim.spaces(cell) }
                if let control = CellText.firstControl(checked) {
                    builder.add(.localized(.readControlCharacter, { ["cell": CellText.shown(checked, $0), "char": CellText.codePoint(control)] },
                                           at: at(row.line, i), hint: .readControlCharacterHint))
                    clean = false
                }
            }
            guard clean else { continue }

            let written = CellText.text(fields[programmeColumn])
            var programme: Programme?
            if written.isEmpty {
                builder.add(InputError(.quickwinSheetProgrammeEmpty, at: at(row.line, programmeColumn), hint: .quickwinSheetEmptyCSVHint))
            } else {
                programme = builder.programme(written, at: at(row.line, programmeColumn))
            }
            var scores = [Double?](repeating: nil, count: QuickWinCriteria.questions.count)
            var missing: [String] = []
            var firstMissing: Int?
            for (q, column) in questionColumns.enumerated() {
                guard let column else { continue }
                let key = QuickWinCriteria.keys[q]
                let text = CellText.key(fields[column])
                if text.isEmpty {
                    missing.append(key)
                    firstMissing = firstMissing ?? column
                    continue
                }
                guard case let .number(value) = NumberParser.read(text, decimal: decimal) else {
                    builder.add(.localized(.quickwinSheetNotANumber, { ["value": CellText.shown(text, $0), "question": key] },
                                           at: at(row.line, column), hint: .quickwinSheetNotANumberCSVHint,
                                           hintArguments: { _ in ["decimal": decimal.rawValue] }))
                    continue
                }
                scores[q] = builder.score(value, written: text, question: key, at: at(row.line, column))
            }
            if let firstMissing {
                builder.missing(missing, programme: programme?.id ?? written, at: at(row.line, firstMissing))
            }
            let note = noteColumn.flatMap { SheetBuilder.note(CellText.text(fields[$0])) }
            builder.entry(programme: programme, written: written, scores: scores, notes: [:], note: note,
                          at: at(row.line, programmeColumn))
        }
        try builder.check()
        return QuickWinAssessment(file: file, format: .csv, city: nil, year: nil, entries: builder.entries, warnings: warnings)
    }
}
