import Foundation
import Testing
@testable import SmartScore

/// Issue 15: aliases and deep nesting are refused by libyaml's own events, before Yams composes anything,
/// however the file spells them; every file smartscore ships still loads.
@Suite("YAML safety: alias bombs in every spelling, deep nesting and oversized files refused at their position")
struct YAMLSafetyTests {
    /// A billion-laughs bomb: nine levels of nine aliases each. `row(i, aliases)` writes level `i` (1…8)
    /// from the nine alias texts; lines end in `lineEnd`. Each case names the line and column (1-based, a
    /// tab or CR counted as one character, as libyaml does) of the first alias, in level 1's row.
    static func bomb(lineEnd: String = "\n", row: (Int, [String]) -> String) -> String {
        var lines = ["l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for i in 1...8 {
            lines.append(row(i, Array(repeating: "*l\(i - 1)", count: 9)))
        }
        return lines.joined(separator: lineEnd) + lineEnd
    }

    struct Case: CustomStringConvertible, Sendable {
        let name: String
        let text: String
        let line: Int
        let column: Int
        var description: String { name }
    }

    static let cases: [Case] = {
        var cases: [Case] = []
        func add(_ name: String, lineEnd: String = "\n", line: Int = 2, column: Int, _ row: @escaping (Int, [String]) -> String) {
            cases.append(Case(name: name, text: bomb(lineEnd: lineEnd, row: row), line: line, column: column))
        }
        let flow = { (i: Int, a: [String]) in "l\(i): &l\(i) [" + a.joined(separator: ", ") + "]" }
        add("flow list, spaces", column: 10, flow)
        add("flow list, tabs", column: 11) { i, a in "l\(i): &l\(i) [\t" + a.joined(separator: ",\t") + "]" }
        add("CR-only line ends", lineEnd: "\r", column: 10, flow)
        add("CRLF line ends", lineEnd: "\r\n", column: 10, flow)
        add("no space after the comma", column: 10) { i, a in "l\(i): &l\(i) [" + a.joined(separator: ",") + "]" }
        add("complex keys in a flow mapping", column: 12) { i, a in
            "l\(i): &l\(i) {" + a.enumerated().map { "? \($1) : \($0)" }.joined(separator: ", ") + "}"
        }
        add("alias as a block key", line: 3, column: 3) { i, a in
            "l\(i): &l\(i)\n" + a.map { "  \($0) : x" }.joined(separator: "\n")
        }
        add("alias as an explicit block key", line: 3, column: 5) { i, a in
            "l\(i): &l\(i)\n" + a.map { "  ? \($0)\n  : x" }.joined(separator: "\n")
        }
        add("block values after a tab", line: 3, column: 7) { i, a in
            "l\(i): &l\(i)\n" + a.enumerated().map { "  k\($0):\t\($1)" }.joined(separator: "\n")
        }
        add("flow list spanning lines", line: 3, column: 3) { i, a in
            "l\(i): &l\(i) [\n" + a.map { "  \($0)" }.joined(separator: ",\n") + "]"
        }
        add("after a multi-line quoted string", line: 3, column: 8) { i, a in
            "l\(i): &l\(i) ['it''s\n   a', " + a.joined(separator: ", ") + "]"
        }
        return cases
    }()

    @Test("an alias bomb is refused in under a second at its first alias", arguments: cases)
    func bombs(_ c: Case) throws {
        let start = Date()
        do {
            _ = try YAMLNode.parse(c.text, file: "bomb.yaml")
            Issue.record("\(c.name): accepted")
        } catch let e as InputError {
            #expect(e.code == TextKey.loaderAliasRefused.rawValue, "\(c.name): \(e)")
            #expect(e.location == SourceLocation(file: "bomb.yaml", line: c.line, column: c.column), "\(c.name): \(e)")
        }
        #expect(Date().timeIntervalSince(start) < 1, "\(c.name)")
    }

    @Test("an alias after a tag or a tab in a block list, as a key, or named with a leading '-', is refused at the alias")
    func oddSpellings() throws {
        // libyaml allows no properties on an alias, nor a tab after a block list's '-': syntax errors at the
        // alias (the tab), before any composing.
        for (text, line, column) in [("a: &a [x]\nb: !!str *a\n", 2, 10), ("a: &-a [x]\nb: [*-a, *-a]\n", 2, 5),
                                     ("a: &a x\nb:\n- !t\n  *a\n", 4, 3), ("a: &a [x]\n*a : 1\n", 2, 1),
                                     ("a: &a [x]\nb:\n  -\t*a\n", 3, 4)] {
            let start = Date()
            do {
                _ = try YAMLNode.parse(text, file: "f.yaml")
                Issue.record("accepted: \(text.debugDescription)")
            } catch let e as InputError {
                #expect(e.location?.line == line && e.location?.column == column, "\(text.debugDescription): \(e)")
            }
            #expect(Date().timeIntervalSince(start) < 1)
        }
    }

    @Test("nesting deeper than 64 levels is refused at the first level too deep, in flow and block style")
    func deepNesting() throws {
        for depth in [65, 100, 5_000, 200_000] {
            let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
            do {
                _ = try YAMLNode.parse(text, file: "deep.yaml")
                Issue.record("depth \(depth) accepted")
            } catch let e as InputError {
                // Beyond 1000 levels libyaml's own limit stops at the first bracket, having read them all ahead.
                #expect(e.code == TextKey.yamlTooDeep.rawValue && e.location?.line == 1 && e.location?.column == (depth < 1000 ? 65 : 1),
                        "\(e)")
            }
        }
        var block = ""
        for level in 0..<70 { block += String(repeating: " ", count: level) + "k:\n" }
        block += String(repeating: " ", count: 70) + "1\n"
        do {
            _ = try YAMLNode.parse(block, file: "deep.yaml")
            Issue.record("block nesting accepted")
        } catch let e as InputError {
            #expect(e.code == TextKey.yamlTooDeep.rawValue && e.location?.line == 65, "\(e)")
        }
        // 64 levels are fine.
        let ok = String(repeating: "[", count: 64) + "1" + String(repeating: "]", count: 64)
        #expect(throws: Never.self) { try YAMLNode.parse(ok, file: "ok.yaml") }
    }

    @Test("anchors without aliases, quoted asterisks and asterisks inside plain text are fine")
    func notAliases() throws {
        let text = "a: \"*not an alias\"\nb: '*x'\nc: plain*star\nd: &anchor 3\ne: [\"*q\", '*r']\nf: |\n  *a block *scalar\n# *comment\n"
        let root = try YAMLNode.parse(text, file: "f.yaml")
        #expect(try root.required("a", in: "f").string() == "*not an alias")
        #expect(try root.required("c", in: "f").string() == "plain*star")
        #expect(try root.required("f", in: "f").string() == "*a block *scalar")
        #expect(try root.required("d", in: "f").double() == 3)
    }

    @Test("a file or device over 16 MiB is refused before it is parsed; a folder cannot be read; a file not UTF-8 is named as such")
    func sizeAndEncoding() throws {
        let big = "a: " + String(repeating: "x", count: YAMLNode.maximumBytes) + "\n"
        #expect(throws: InputError.self) { try YAMLNode.parse(big, file: "big.yaml") }
        do { _ = try YAMLNode.parse(big, file: "big.yaml") } catch let e as InputError {
            #expect(e.code == TextKey.yamlTooLarge.rawValue && e.message.contains("16 MiB"))
        }
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bigFile = dir.appendingPathComponent("big.yaml")
        try Data(big.utf8).write(to: bigFile)
        do { _ = try YAMLNode.load(path: bigFile.path); Issue.record("big file accepted") } catch let e as InputError {
            #expect(e.code == TextKey.yamlTooLarge.rawValue && e.location?.file == bigFile.path)
        }
        // A device has no size to check first: it is read up to the limit, not forever.
        do { _ = try YAMLNode.load(path: "/dev/zero"); Issue.record("/dev/zero accepted") } catch let e as InputError {
            #expect(e.code == TextKey.yamlTooLarge.rawValue, "\(e)")
        }
        #expect(throws: InputError.self) { try YAMLNode.load(path: dir.path) }
        let latin1 = dir.appendingPathComponent("latin1.yaml")
        try Data("name: Bogor caf\u{E9}\n".data(using: .isoLatin1)!).write(to: latin1)
        do { _ = try YAMLNode.load(path: latin1.path); Issue.record("Latin-1 accepted") } catch let e as InputError {
            #expect(e.code == TextKey.yamlNotUTF8.rawValue, "\(e)")
        }
        // A byte libyaml refuses is named at its line and column, on any line ends.
        for (text, line, column) in [("a: 1\n\u{0}b: 2\n", 2, 1), ("a: 1\r\nb: \u{7}\n", 2, 4), ("a: 1\rbb: 'é\u{1}'\n", 2, 7)] {
            do { _ = try YAMLNode.parse(text, file: "nul.yaml"); Issue.record("accepted") } catch let e as InputError {
                #expect(e.location == SourceLocation(file: "nul.yaml", line: line, column: column) && e.message.contains("control characters"),
                        "\(text.debugDescription): \(e)")
            }
        }
        #expect(throws: InputError.self) { try YAMLNode.parse("", file: "empty.yaml") }
    }

    @Test("every YAML file the repository ships still loads through its loader")
    func shippedFiles() throws {
        let root = TestPaths.root
        func path(_ p: String) -> String { root.appendingPathComponent(p).path }
        let catalogue = try Catalogue.load(directory: TestPaths.indicators)
        #expect(!catalogue.indicators.isEmpty)
        _ = try WeightsFile.load(path: path("datasets/examples/weights.yaml"), catalogue: catalogue)
        _ = try TargetsFile.load(path: path("datasets/examples/targets.yaml"), catalogue: catalogue)
        _ = try AHPFile.load(path: path("datasets/examples/ahp.yaml"), framework: catalogue.framework, allowInconsistent: true)
        _ = try ProgrammeCatalogue.load(path: path("indicators/programmes.yaml"), catalogue: catalogue)
        _ = try ColumnMapping.load(path: path("datasets/bps/bps_kabkota_2021.mapping.yaml"), catalogue: catalogue)
        for directory in ["indicators", "datasets/examples", "datasets/bps"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: path(directory)) where name.hasSuffix(".yaml") {
                #expect(throws: Never.self) { try YAMLNode.load(path: path("\(directory)/\(name)")) }
            }
        }
    }
}
