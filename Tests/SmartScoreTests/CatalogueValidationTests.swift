import Foundation
import Testing
@testable import SmartScore

/// Broken catalogue files: each error must name the file, the line (and column) of the value at
/// fault, and say what is wrong.
@Suite("Catalogue: broken files give errors with file, line and message")
struct CatalogueValidationTests {
    /// A valid user file with one indicator; `entry` lines are indented under `indicators:`.
    static func file(_ entry: String) -> String {
        "standard: local\nindicators:\n" + entry
    }

    static let valid = """
      - code: "local:X.1"
        standard: local
        clause: "X.1"
        theme: Test
        name: {id: Uji, en: Test}
        dimension: economy
        element: community_welfare
        pillar: structure
        unit: "%"
        polarity: higher_better
        type: supporting
        goalposts: {worst: 0, best: 100, basis: physical bound}
        source_confidence: user
        source: a survey

    """

    /// Loads the bundled catalogue plus `text` as a user file; returns the error it throws.
    func loadError(_ text: String) throws -> InputError {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("mine.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try Catalogue.load(directory: TestPaths.indicators, userFiles: [path])
        } catch let error as InputError {
            #expect(error.location?.file == path)
            return error
        }
        Issue.record("the file loaded without an error")
        return InputError("no error")
    }

    func replacing(_ old: String, with new: String) -> String {
        Self.file(Self.valid.replacingOccurrences(of: old, with: new))
    }

    @Test("the valid user file loads and adds its indicator")
    func validFileLoads() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("mine.yaml").path
        try Self.file(Self.valid).write(toFile: path, atomically: true, encoding: .utf8)
        let catalogue = try Catalogue.load(directory: TestPaths.indicators, userFiles: [path])
        #expect(catalogue["local:X.1"]?.name.en == "Test")
        #expect(catalogue["local:X.1"]?.origin.line == 3)
    }

    @Test("a user file overrides a bundled indicator with the same code")
    func override() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("mine.yaml").path
        let entry = Self.valid.replacingOccurrences(of: "local:X.1", with: "37120:5.1")
            .replacingOccurrences(of: "standard: local", with: "standard: \"37120\"")
            .replacingOccurrences(of: "clause: \"X.1\"", with: "clause: \"5.1\"")
        try Self.file(entry).write(toFile: path, atomically: true, encoding: .utf8)
        let base = try Catalogue.load(directory: TestPaths.indicators)
        let catalogue = try Catalogue.load(directory: TestPaths.indicators, userFiles: [path])
        #expect(catalogue.indicators.count == base.indicators.count)
        #expect(catalogue["37120:5.1"]?.name.en == "Test")
        #expect(catalogue["37120:5.1"]?.origin.file == path)
    }

    @Test("an unknown dimension is named at its line, with the valid ones as a hint")
    func unknownDimension() throws {
        let error = try loadError(replacing("dimension: economy", with: "dimension: ekonomi"))
        #expect(error.message == "unknown dimension 'ekonomi'")
        #expect(error.location?.line == 8)
        #expect(error.location?.column == 16)
        #expect(error.hint?.contains("governance, branding, economy") == true)
    }

    @Test("an element of another dimension is refused")
    func unknownElement() throws {
        let error = try loadError(replacing("element: community_welfare", with: "element: health"))
        #expect(error.message == "unknown element 'health' in dimension 'economy'")
        #expect(error.location?.line == 9)
    }

    @Test("an unknown pillar is refused")
    func unknownPillar() throws {
        let error = try loadError(replacing("pillar: structure", with: "pillar: people"))
        #expect(error.message == "unknown pillar 'people'")
        #expect(error.location?.line == 10)
    }

    @Test("a duplicate code in one file names both places")
    func duplicateCode() throws {
        let error = try loadError(Self.file(Self.valid + Self.valid))
        #expect(error.message == "duplicate indicator code 'local:X.1'")
        #expect(error.location?.line == 17)
        #expect(error.hint?.contains("mine.yaml:3") == true)
    }

    @Test("goalposts with worst == best are refused")
    func equalGoalposts() throws {
        let error = try loadError(replacing("{worst: 0, best: 100", with: "{worst: 50, best: 50"))
        #expect(error.message == "the goalposts of indicator local:X.1 have worst == best (50.0)")
        #expect(error.location?.line == 14)
    }

    @Test("goalposts that contradict the polarity are refused, both ways")
    func polarityAgainstGoalposts() throws {
        let higher = try loadError(replacing("{worst: 0, best: 100", with: "{worst: 100, best: 0"))
        #expect(higher.message == "indicator local:X.1 is higher_better but its goalposts have worst 100.0 > best 0.0")
        #expect(higher.location?.line == 14)
        let lower = try loadError(replacing("polarity: higher_better", with: "polarity: lower_better"))
        #expect(lower.message == "indicator local:X.1 is lower_better but its goalposts have worst 0.0 < best 100.0")
    }

    @Test("a missing required field is named, at the entry's line")
    func missingField() throws {
        let error = try loadError(replacing("    unit: \"%\"\n", with: ""))
        #expect(error.message == "indicator local:X.1 has no 'unit'")
        #expect(error.location?.line == 3)
        let noGoalposts = try loadError(replacing("    goalposts: {worst: 0, best: 100, basis: physical bound}\n", with: ""))
        #expect(noGoalposts.message == "indicator local:X.1 is scored but has no goalposts")
    }

    @Test("bad YAML is reported with libyaml's line and column")
    func badYAML() throws {
        let error = try loadError(replacing("theme: Test", with: "theme: [Test"))
        #expect(error.message.hasPrefix("invalid YAML"))
        #expect(error.location?.line != nil)
        #expect((error.location?.line ?? 0) >= 6)
    }

    @Test("an unknown field, a polarity typo and a code that does not match its clause are refused")
    func otherMistakes() throws {
        let unknown = try loadError(replacing("theme: Test", with: "theme: Test\n    colour: red"))
        #expect(unknown.message == "unknown field 'colour' in indicator local:X.1")
        #expect(unknown.location?.line == 7)
        let polarity = try loadError(replacing("polarity: higher_better", with: "polarity: up"))
        #expect(polarity.message == "unknown polarity 'up'")
        let code = try loadError(replacing("clause: \"X.1\"", with: "clause: \"X.2\""))
        #expect(code.message == "code 'local:X.1' does not match standard 'local' and clause 'X.2'")
        let number = try loadError(replacing("worst: 0,", with: "worst: zero,"))
        #expect(number.message == "expected a number, found 'zero'")
    }

    @Test("a broken framework is refused with its line")
    func brokenFramework() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var text = try String(contentsOfFile: TestPaths.indicators + "/framework.yaml", encoding: .utf8)
        text = text.replacingOccurrences(of: "  - id: branding\n", with: "  - id: brand\n")
        let path = dir.appendingPathComponent("framework.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: InputError.self) { try FrameworkLoader.load(path: path) }
        do { _ = try FrameworkLoader.load(path: path) } catch let error as InputError {
            #expect(error.message == "unknown dimension 'brand'")
            #expect(error.location?.line != nil)
        }
    }
}
