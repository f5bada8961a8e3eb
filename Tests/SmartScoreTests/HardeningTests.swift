import Foundation
import Testing
import Yams
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import SmartScore

/// Issue 16, hardening: a YAML input that is a named pipe is refused at once (a pipe the shell opened
/// is still read); control characters and bidi overrides in YAML texts are refused; a programme's
/// address names a host, its cost is plausible and its regions are named once; `--budget` refuses
/// amounts above Rp 1.000 triliun, a scale word written twice and a stray separator, and reads `mn`.
@Suite("Hardening: YAML pipes and control characters, programme addresses, costs and regions, budget limits")
struct HardeningTests {
    // MARK: YAML inputs that are not files

    /// Should opening a named pipe block after all, a writer opens and closes it after `seconds`, so that
    /// the test fails instead of hanging.
    static func unblock(_ fifo: String, after seconds: Double = 30) {
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) {
            let fd = open(fifo, O_WRONLY | O_NONBLOCK)
            if fd >= 0 { close(fd) }
        }
    }

    @Test("a named pipe with no writer is refused at once, naming the file; a folder is refused as a folder")
    func namedPipeRefused() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("weights.yaml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        Self.unblock(fifo)
        let start = Date()
        let error = try #require(throws: InputError.self) { try YAMLNode.load(path: fifo) }
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(error.code == TextKey.inputIsNamedPipe.rawValue && error.location?.file == fifo, "\(error)")
        #expect(error.message == "this is a named pipe (FIFO), not a file" && error.messageID == "ini pipa bernama (FIFO), bukan berkas")
        #expect(error.hint?.contains("<(command)") == true && error.hintID?.contains("<(perintah)") == true)
        // Every loader of a YAML file goes through the same door.
        #expect(throws: InputError.self) { try ProgrammeCatalogue.load(path: fifo, catalogue: Bundled.catalogue) }
        let folder = try #require(throws: InputError.self) { try YAMLNode.load(path: dir.path) }
        #expect(folder.code == TextKey.inputIsDirectory.rawValue && folder.location?.file == dir.path)
        let missing = try #require(throws: InputError.self) { try YAMLNode.load(path: dir.appendingPathComponent("none.yaml").path) }
        #expect(missing.code == TextKey.loaderCannotRead.rawValue)
    }

    @Test("a pipe the shell has opened (/dev/fd/N, as <(…) gives) is read as before")
    func shellPipeRead() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        defer { close(fds[0]) }
        let text = "weights:\n  \"37120:5.1\": 2\nnote: \"a\\tb\"\n"
        let written = text.utf8CString.withUnsafeBufferPointer { write(fds[1], $0.baseAddress, text.utf8.count) }
        #expect(written == text.utf8.count)
        close(fds[1])
        let path = "/dev/fd/\(fds[0])"
        #expect(YAMLNode.isShellPipe(path) && YAMLNode.isShellPipe("/dev/stdin") && !YAMLNode.isShellPipe("/tmp/x.yaml"))
        let root = try YAMLNode.load(path: path)
        #expect(try root.required("note", in: "t").string() == "a\tb")
        #expect(try root.required("weights", in: "t").required("37120:5.1", in: "t").double() == 2)
    }

    // MARK: control characters in YAML texts

    static let refusedTexts: [(yaml: String, char: String)] = [
        (#"name: "a\eb""#, "U+001B"), (#"name: "a\0b""#, "U+0000"), (#"name: "a\rb""#, "U+000D"),
        (#"name: "a\x7Fb""#, "U+007F"), (#"name: "a\x9Bb""#, "U+009B"), (#"name: "a\Nb""#, "U+0085"),
        (#"name: "Kota \u202Eabab""#, "U+202E"), (#"name: "Kota \u202Aa""#, "U+202A"), (#"name: "x \u2066y\u2069""#, "U+2066"),
        (#"name: "\u2069y""#, "U+2069"), ("name: \"a\u{202D}b\"", "U+202D"),
    ]

    @Test("a text holding a control character or a bidi override is refused at its node, naming the character",
          arguments: refusedTexts)
    func controlRefused(_ yaml: String, _ char: String) throws {
        let root = try YAMLNode.parse(yaml + "\n", file: "p.yaml")
        let error = try #require(throws: InputError.self) { try root.required("name", in: "t").string() }
        #expect(error.code == TextKey.yamlControlCharacter.rawValue)
        #expect(error.location == SourceLocation(file: "p.yaml", line: 1, column: 7), "\(error)")
        #expect(error.message.hasPrefix("the text '") && error.message.hasSuffix("holds the control or formatting character \(char)"), "\(error.message)")
        #expect(error.messageID?.hasPrefix("teks '") == true && error.messageID?.hasSuffix("memuat karakter kendali atau format \(char)") == true)
        // The message shows the character escaped, never raw.
        #expect(!error.message.unicodeScalars.contains { YAMLNode.isRefusedInText($0) })
        #expect(error.hint == Localizer(.en)(.readControlCharacterHint))
    }

    @Test("tab and line feed, other Unicode (accents, no-break space, emoji) and CRLF files are still read")
    func ordinaryTextRead() throws {
        let root = try YAMLNode.parse("a: \"x\\ty\"\r\nb: |\r\n  line one\r\n  line two\r\nc: \"Bogor café\u{00A0}Rp 2 M — ✓ 🙂\"\r\n", file: "ok.yaml")
        #expect(try root.required("a", in: "t").string() == "x\ty")
        #expect(try root.required("b", in: "t").string() == "line one\nline two")
        #expect(try root.required("c", in: "t").string() == "Bogor café\u{00A0}Rp 2 M — ✓ 🙂")
    }

    /// Every scalar of `node` that is not null, read as text.
    static func readAllTexts(_ node: YAMLNode) throws -> Int {
        if let mapping = node.node.mapping {
            return try mapping.reduce(0) { $0 + (try readAllTexts(YAMLNode(node: $1.value, file: node.file))) }
        }
        if let sequence = node.node.sequence {
            return try sequence.reduce(0) { $0 + (try readAllTexts(YAMLNode(node: $1, file: node.file))) }
        }
        guard !node.isNull, node.node.scalar?.string.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == false else { return 0 }
        _ = try node.string()
        return 1
    }

    @Test("every text of every bundled YAML file (indicators, examples) passes the control-character check")
    func bundledYAMLClean() throws {
        var files: [String] = []
        for folder in ["indicators", "datasets/examples"] {
            let dir = TestPaths.root.appendingPathComponent(folder)
            let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            files += names.filter { $0.hasSuffix(".yaml") }.sorted().map { dir.appendingPathComponent($0).path }
        }
        #expect(files.count >= 5)
        var texts = 0
        for file in files { texts += try Self.readAllTexts(YAMLNode.load(path: file)) }
        #expect(texts > 1000)
        #expect(try ProgrammeCatalogue.bundled(in: TestPaths.indicators, catalogue: Bundled.catalogue).programmes.count >= 40)
    }

    // MARK: the programme catalogue

    static func withIdea(_ url: String) -> String {
        QuickWinsTests.entry.replacingOccurrences(of: "owner: Bappeda", with: "owner: Bappeda\n    idea_source: {name: LAPOR, url: \"\(url)\"}")
    }

    @Test("an idea source's address names a host after its scheme")
    func ideaURLHost() throws {
        for url in ["https://", "https:///x", "http://?q=1", "https://#top", "https://user@/x", "https://:443/x", "https://.go.id", "https://[]"] {
            let error = try QuickWinsTests.programmeError(Self.withIdea(url))
            #expect(error?.code == TextKey.programmesIdeaURLNoHost.rawValue, "\(url): \(String(describing: error))")
            #expect(error?.message == "'\(url)' names no host after https:// or http:// (as in https://oss.go.id)")
            #expect(error?.location?.line == 17)
        }
        #expect(try QuickWinsTests.programmeError(Self.withIdea("https://a b"))?.code == TextKey.programmesIdeaURL.rawValue)
        #expect(try QuickWinsTests.programmeError(Self.withIdea("https://a\\eb"))?.code == TextKey.yamlControlCharacter.rawValue)
        for url in ["https://www.lapor.go.id", "http://oss.go.id/", "https://user@ptsp.halal.go.id:8443/a?b#c", "https://[::1]/x", "https://xn--bcher-kva.example"] {
            #expect(try QuickWinsTests.programmeError(Self.withIdea(url)) == nil, "\(url)")
        }
        #expect(ProgrammeCatalogue.hasHost("https://satusehat.kemkes.go.id") && !ProgrammeCatalogue.hasHost("https://"))
    }

    @Test("a cost above Rp 1.000 triliun is refused as implausible, saying the amount and the limit")
    func costLimit() throws {
        let error = try #require(try QuickWinsTests.programmeError(QuickWinsTests.entry.replacingOccurrences(of: "max: 2000000}", with: "max: 2e15}")))
        #expect(error.code == TextKey.programmesCostTooLarge.rawValue)
        #expect(error.message == "the cost of programme eco-test, IDR 2,000.0 tn, is above the limit of IDR 1,000 trillion (1e15): not a plausible cost",
                "\(error.message)")
        #expect(error.messageID == "biaya programme eco-test sebesar Rp 2.000,0 T melampaui batas Rp 1.000 triliun (1e15), sehingga tidak wajar",
                "\(error.messageID ?? "")")
        #expect(error.location?.line == 12)
        let huge = try QuickWinsTests.programmeError(QuickWinsTests.entry.replacingOccurrences(of: "cost: {min: 1000000, max: 2000000}", with: "cost: {min: 1e300, max: 1e300}"))
        #expect(huge?.code == TextKey.programmesCostTooLarge.rawValue && huge?.message.contains(", IDR 1e300, ") == true, "\(String(describing: huge))")
        #expect(try QuickWinsTests.programmeError(QuickWinsTests.entry.replacingOccurrences(of: "max: 2000000}", with: "max: 1e15}")) == nil)
        #expect(try QuickWinsTests.programmeError(QuickWinsTests.entry.replacingOccurrences(of: "max: 2000000}", with: "max: 1000000000000000}")) == nil)
    }

    @Test("a region type named twice is refused at its second naming")
    func regionTwice() throws {
        let error = try QuickWinsTests.programmeError(QuickWinsTests.entry.replacingOccurrences(of: "owner: Bappeda", with: "owner: Bappeda\n    regions: [kota, kota]"))
        #expect(error?.code == TextKey.programmesRegionTwice.rawValue)
        #expect(error?.message == "programme eco-test lists the region type 'kota' twice under regions")
        #expect(error?.messageID == "programme eco-test menyebut jenis daerah 'kota' dua kali pada regions")
        #expect(error?.location?.line == 17 && error?.location?.column == 21, "\(String(describing: error?.location))")
        for regions in ["[kota]", "[kabupaten, kota]"] {
            #expect(try QuickWinsTests.programmeError(QuickWinsTests.entry.replacingOccurrences(of: "owner: Bappeda", with: "owner: Bappeda\n    regions: \(regions)")) == nil)
        }
    }

    // MARK: --budget

    static func every(_ x: Double) -> [Horizon: Double] { [.short: x, .medium: x, .long: x] }

    static func budgetError(_ text: String) throws -> InputError {
        try #require(throws: InputError.self, "\(text)") { try BudgetSpec.parse(text) }
    }

    @Test("mn (any case) is million, as the English output writes it; a lone lowercase m is still refused")
    func million() throws {
        for text in ["100 mn", "100mn", "100 MN", "100 Mn", "IDR 100 mn", "Rp 100 mn.", "0,1 bn"] {
            #expect(try BudgetSpec.parse(text) == Self.every(1e8), "\(text)")
        }
        #expect(try BudgetSpec.parse("short=500 mn;long=1,5 bn") == [.short: 5e8, .long: 1.5e9])
        #expect(try Self.budgetError("2 m").code == TextKey.budgetLowercaseM.rawValue)
        #expect(try Self.budgetError("2 mn bn").code == TextKey.budgetTwoScales.rawValue)
        // `1.500 mn`: the next scale up is bn.
        #expect(try Self.budgetError("1.500 mn").hint == "write 1500 mn (that is, 1.5 bn) or 1.5 mn")
        // The hint to an unknown word lists mn.
        let word = try Self.budgetError("2 dolar")
        #expect(word.hint?.contains("million/mn") == true && word.hintID?.contains("million/mn") == true)
    }

    @Test("amounts above Rp 1.000 triliun are refused, quoting what was typed and saying the limit")
    func budgetLimit() throws {
        for text in ["1e300", "1001 T", "2.000.000.000.000.000", "1e16", "short=1 M;long=5000 triliun"] {
            let error = try Self.budgetError(text)
            #expect(error.code == TextKey.budgetTooLarge.rawValue, "\(text): \(error.code)")
            let typed = text.hasPrefix("short=") ? "5000 triliun" : text
            #expect(error.message == "'\(typed)' is above IDR 1,000 trillion, the largest budget accepted")
            #expect(error.messageID == "'\(typed)' melebihi Rp 1.000 triliun, batas tertinggi anggaran yang diterima")
            #expect(error.location?.parameter == .budget)
        }
        #expect(try BudgetSpec.parse("1000 T") == Self.every(1e15))
        #expect(try BudgetSpec.parse("1e15") == Self.every(1e15))
        #expect(try Self.budgetError("1e400").code == TextKey.budgetNotFinite.rawValue)
        #expect(try Self.budgetError("-1e300").code == TextKey.budgetNegative.rawValue)
    }

    @Test("a scale word written twice is said to be repeated, not offered as a choice between itself")
    func scaleRepeated() throws {
        let error = try Self.budgetError("2 M M")
        #expect(error.code == TextKey.budgetScaleRepeated.rawValue)
        #expect(error.message == "'2 M M': the scale word 'M' is written twice" && error.hint == "write 2 M")
        #expect(error.messageID == "'2 M M': kata skala 'M' tertulis dua kali" && error.hintID == "tulis 2 M")
        let juta = try Self.budgetError("Rp 500 juta Juta")
        #expect(juta.code == TextKey.budgetScaleRepeated.rawValue && juta.hintID == "tulis 500 juta")
        #expect(try Self.budgetError("2 jt. jt").code == TextKey.budgetScaleRepeated.rawValue)
        #expect(try Self.budgetError("2 juta jt").code == TextKey.budgetTwoScales.rawValue)
    }

    @Test("a separator stands between two parts: a trailing one is refused for one amount and per horizon alike")
    func separators() throws {
        for (text, separator) in [("1 M;", ";"), ("short=1 M;", ";"), ("1 M,", ","), ("short=1,5 M,", ","),
                                  ("pendek=500 juta;menengah=2 M ; ", ";"), ("short=0;long=3 miliar;", ";")] {
            let error = try Self.budgetError(text)
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            #expect(error.code == TextKey.budgetTrailingSeparator.rawValue, "\(text): \(error.code)")
            #expect(error.message == "'\(trimmed)' ends in '\(separator)' with nothing after it")
            #expect(error.messageID == "'\(trimmed)' diakhiri tanda '\(separator)' tanpa isian sesudahnya")
            #expect(error.hint?.contains("short=500 juta;medium=2 M") == true && error.hintID?.contains("pendek=500 juta;menengah=2 M") == true)
        }
        for text in [";short=1 M", ";1 M", "short=1 M;;long=2 M", "short=1 M; ;long=2 M", ",short=1 M"] {
            #expect(try Self.budgetError(text).code == TextKey.budgetEmptyPart.rawValue, "\(text)")
        }
        #expect(try Self.budgetError(";;").code == TextKey.budgetNotAnAmount.rawValue)
        #expect(try Self.budgetError(",5 M").code == TextKey.budgetMalformedNumber.rawValue)
        #expect(try BudgetSpec.parse("short=1 M;long=2 M") == [.short: 1e9, .long: 2e9])
        #expect(try BudgetSpec.parse("Rp 500.000.000,-") == Self.every(5e8))
    }

    @Test("every new text has both languages with the same placeholders")
    func texts() {
        for key in LanguageTable.hardening.keys {
            let entry = LanguageTable.text(key)
            #expect(entry.id != entry.en && Localizer.placeholders(in: entry.id) == Localizer.placeholders(in: entry.en), "\(key)")
        }
        #expect(LanguageTable.hardening.count == 14)
    }
}
