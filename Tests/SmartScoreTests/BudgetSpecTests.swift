import Foundation
import Testing
@testable import SmartScore

/// Issue 16: `--budget` reads amounts the way Indonesians write them, and refuses, in both languages and
/// quoting what was typed, every form that could be read two ways.
@Suite("Budget: Indonesian and English amounts, scale words, horizons; ambiguous and absurd amounts refused")
struct BudgetSpecTests {
    /// One amount, the same for every horizon.
    static func every(_ x: Double) -> [Horizon: Double] { [.short: x, .medium: x, .long: x] }

    static let amounts: [(String, Double)] = [
        // Plain digits, as before.
        ("2000000000", 2e9), ("5e9", 5e9), ("5E9", 5e9), ("5_000_000_000", 5e9), ("1.5e9", 1.5e9), ("2.5e+9", 2.5e9),
        ("0", 0), ("0 M", 0), ("-0", 0),
        // Indonesian grouping and decimal comma.
        ("2.000.000.000", 2e9), ("2.500.000,50", 2_500_000.5), ("2.500.000,5", 2_500_000.5), ("12.345.678", 12_345_678),
        ("Rp 500.000.000,-", 5e8), ("Rp 1.000.000,00", 1e6),
        // English grouping and decimal point.
        ("2,000,000,000", 2e9), ("2,000,000.50", 2_000_000.5), ("1,234,567.891", 1_234_567.891),
        // A decimal that cannot be a grouping: not three digits after the mark, or a lead no group has.
        ("1,5 M", 1.5e9), ("1.5 M", 1.5e9), ("2,25 miliar", 2.25e9), ("1234,567 juta", 1_234_567_000), ("0,500 miliar", 5e8),
        // Scale words, abbreviations, with or without a space, any case (but M).
        ("1500 ribu", 1.5e6), ("1500 rb", 1.5e6), ("1500rb.", 1.5e6), ("500 juta", 5e8), ("500 jt", 5e8), ("500jt", 5e8),
        ("500 Juta", 5e8), ("500 JT.", 5e8), ("2 miliar", 2e9), ("2 milyar", 2e9), ("2 Miliar", 2e9), ("2 M", 2e9), ("2M", 2e9),
        ("1 triliun", 1e12), ("1 trilyun", 1e12), ("1 T", 1e12), ("1T", 1e12),
        ("1500 thousand", 1.5e6), ("2 million", 2e6), ("2 billion", 2e9), ("2 bn", 2e9), ("2bn", 2e9), ("1 trillion", 1e12), ("1 tn", 1e12),
        // A currency before, or said once more after; spaces anywhere between the parts.
        ("Rp 2 miliar", 2e9), ("Rp2M", 2e9), ("Rp. 2 M", 2e9), ("rp.2M", 2e9),
        ("IDR 2 bn", 2e9), ("idr2000000000", 2e9), ("RP 1,5 miliar", 1.5e9), ("  Rp   2   miliar  ", 2e9),
        ("2 miliar rupiah", 2e9), ("2 bn IDR", 2e9), ("Rp 750 juta rupiah", 7.5e8), ("Rp\u{00A0}2\u{00A0}M", 2e9),
    ]

    @Test("one amount in any accepted form, the same for every horizon", arguments: amounts)
    func oneAmount(_ text: String, _ expected: Double) throws {
        #expect(try BudgetSpec.parse(text) == Self.every(expected))
    }

    static let perHorizon: [(String, [Horizon: Double])] = [
        ("short=1e9,medium=5e9,long=2e10", [.short: 1e9, .medium: 5e9, .long: 2e10]),
        ("short=1,5 M,medium=10 M", [.short: 1.5e9, .medium: 1e10]),
        ("short=1,5 M, medium=10 M, long=2.000.000.000.000", [.short: 1.5e9, .medium: 1e10, .long: 2e12]),
        ("pendek=500 juta;menengah=2 M;panjang=10 M", [.short: 5e8, .medium: 2e9, .long: 1e10]),
        ("Pendek = Rp 500 juta ; Panjang = 1,5 T", [.short: 5e8, .long: 1.5e12]),
        ("1=500 juta,5=2,5 M,10=10 M", [.short: 5e8, .medium: 2.5e9, .long: 1e10]),
        ("1=1,5 M,5=2 M", [.short: 1.5e9, .medium: 2e9]),
        ("long=2,000,000,000", [.long: 2e9]),
        ("short=0;long=3 miliar", [.short: 0, .long: 3e9]),
        ("medium=2.500.000,50", [.medium: 2_500_000.5]),
    ]

    @Test("per horizon: English, Indonesian and year keys; a comma separates only before a key", arguments: perHorizon)
    func horizons(_ text: String, _ expected: [Horizon: Double]) throws {
        #expect(try BudgetSpec.parse(text) == expected)
    }

    @Test("no budget is no limit")
    func none() throws {
        #expect(try BudgetSpec.parse(nil) == [:])
    }

    /// What was typed, the code of its refusal, and a word each language's message or hint must hold.
    struct Refusal: CustomStringConvertible, Sendable {
        let text: String
        let code: TextKey
        /// What the message must quote (the typed text unless a part of it is meant).
        let quoted: String
        /// Words the English and the Indonesian message plus hint must hold.
        let en: [String]
        let id: [String]
        var description: String { text }

        init(_ text: String, _ code: TextKey, quoted: String? = nil, en: [String] = [], id: [String] = []) {
            self.text = text
            self.code = code
            self.quoted = quoted ?? text
            self.en = en
            self.id = id
        }
    }

    static let refusals: [Refusal] = [
        // Ambiguous: one mark, then exactly three digits.
        Refusal("2.000", .budgetAmbiguous, en: ["2000", "write 2000 or 2"], id: ["2000", "tulis 2000 atau 2"]),
        Refusal("1,500", .budgetAmbiguous, en: ["1500", "1.5"], id: ["1500", "1,5"]),
        Refusal("1.500 juta", .budgetAmbiguous, en: ["1500 juta", "1.5 juta", "1.5 miliar"], id: ["1500 juta", "1,5 juta", "1,5 miliar"]),
        Refusal("Rp 2.000 M", .budgetAmbiguous, en: ["2000 M", "2 T"], id: ["2000 M", "2 T"]),
        Refusal("100,000", .budgetAmbiguous, en: ["100000", "or 100"], id: ["100000", "atau 100"]),
        // Malformed numbers and marks in the wrong order.
        Refusal("2.00.000", .budgetMalformedNumber, en: ["2.00.000"], id: ["2.00.000"]),
        Refusal("2..000", .budgetMalformedNumber),
        Refusal("2.000.00", .budgetMalformedNumber),
        Refusal("2.", .budgetMalformedNumber),
        Refusal(",5 M", .budgetMalformedNumber),
        Refusal("5__000", .budgetMalformedNumber),
        Refusal("1.000.000e3", .budgetMalformedNumber),
        Refusal("2,5.000", .budgetMalformedNumber),
        Refusal("2.000,000.5", .budgetMixedMarks, en: ["2.000,000.5", "2,500,000.50"], id: ["2.000,000.5", "2.500.000,50"]),
        Refusal("2,000.000.000", .budgetMixedMarks),
        // Words.
        Refusal("2 juta miliar", .budgetTwoScales, en: ["juta", "miliar", "2 juta or 2 miliar"], id: ["tulis salah satu saja: 2 juta atau 2 miliar"]),
        Refusal("2 M jt", .budgetTwoScales),
        Refusal("2 dolar", .budgetUnknownWord, en: ["'dolar'", "rupiah"], id: ["'dolar'", "rupiah"]),
        Refusal("5 k", .budgetUnknownWord),
        Refusal("2 m", .budgetLowercaseM, en: ["write 2 juta or 2 miliar"], id: ["tulis 2 juta atau 2 miliar"]),
        Refusal("Rp 1,5m", .budgetLowercaseM, en: ["1,5 juta or 1,5 miliar"], id: ["1,5 juta atau 1,5 miliar"]),
        Refusal("lots", .budgetNotAnAmount),
        Refusal("Rp", .budgetNotAnAmount),
        Refusal("2 000 000", .budgetNotAnAmount),
        Refusal("2 juta,5", .budgetNotAnAmount),
        // Amounts no budget has.
        Refusal("-5 M", .budgetNegative, en: ["negative"], id: ["negatif"]),
        Refusal("Rp -500 juta", .budgetNegative),
        Refusal("1e400", .budgetNotFinite),
        Refusal("2", .budgetTooSmall, en: ["IDR 2,", "did you mean 2 juta or 2 miliar?"], id: ["Rp 2,", "apakah yang dimaksud 2 juta atau 2 miliar?"]),
        Refusal("Rp 750", .budgetTooSmall, en: ["750 juta or 750 miliar"], id: ["750 juta atau 750 miliar"]),
        Refusal("500 ribu", .budgetTooSmall, en: ["IDR 500,000"], id: ["Rp 500.000"]),
        Refusal("0,5", .budgetTooSmall, en: ["IDR 0.5"], id: ["Rp 0,5"]),
        // Horizons.
        Refusal("short=1 M,pendek=2 M", .budgetHorizonTwice, quoted: "pendek", en: ["1 year", "'short'"], id: ["1 tahun", "'short'"]),
        Refusal("10=1 M;long=2 M", .budgetHorizonTwice, quoted: "long", en: ["10+ years"], id: ["10+ tahun"]),
        Refusal("soon=1 M", .budgetUnknownHorizon, quoted: "soon", en: ["short, medium or long"], id: ["pendek, menengah atau panjang"]),
        Refusal("short=1 M;2 M", .budgetPartWithoutHorizon, quoted: "2 M"),
        Refusal("short=", .budgetMissingAmount, quoted: "short="),
        Refusal("short=2.000", .budgetAmbiguous, quoted: "2.000"),
        Refusal("short=1 M,medium=2", .budgetTooSmall, quoted: "2"),
        Refusal("   ", .budgetEmpty, quoted: ""),
        Refusal(";;", .budgetNotAnAmount),
    ]

    @Test("refused, at --budget, with a message in each language that quotes what was typed", arguments: refusals)
    func refused(_ refusal: Refusal) {
        do {
            let parsed = try BudgetSpec.parse(refusal.text)
            Issue.record("'\(refusal.text)' was read as \(parsed)")
        } catch let error as InputError {
            #expect(error.code == refusal.code.rawValue, "\(error.code)")
            #expect(error.location?.parameter == .budget)
            let en = error.rendered(language: .en), id = error.rendered(language: .id)
            if !refusal.quoted.isEmpty {
                #expect(en.contains("'\(refusal.quoted)'"), "\(en)")
                #expect(id.contains("'\(refusal.quoted)'"), "\(id)")
            }
            #expect(en != id)
            for word in refusal.en { #expect(en.contains(word), "\(en) lacks \(word)") }
            for word in refusal.id { #expect(id.contains(word), "\(id) lacks \(word)") }
        } catch {
            Issue.record("not an input error: \(error)")
        }
    }

    @Test("the ambiguous message gives both readings, each in its language's decimal mark")
    func ambiguousReadings() throws {
        let error = try #require(throws: InputError.self) { try BudgetSpec.parse("1.500 juta") }
        #expect(error.message == "'1.500 juta' is ambiguous: the '.' in 1.500 may separate thousands (1500 juta) or mark decimals (1.5 juta)")
        #expect(error.messageID == "'1.500 juta' bermakna ganda: tanda '.' pada 1.500 dapat berarti pemisah ribuan (1500 juta) atau tanda desimal (1,5 juta)")
        #expect(error.hint == "write 1500 juta (that is, 1.5 miliar) or 1.5 juta")
        #expect(error.hintID == "tulis 1500 juta (sama dengan 1,5 miliar) atau 1,5 juta")
    }

    @Test("a lowercase m is refused however it is attached; an uppercase M is miliar")
    func lowercaseM() throws {
        for text in ["2m", "2 m", "Rp2m", "2 m.", "IDR 2 m"] {
            #expect(throws: InputError.self, "\(text)") { try BudgetSpec.parse(text) }
        }
        #expect(try BudgetSpec.parse("2M") == Self.every(2e9))
    }

    @Test("the smallest budget is Rp 1 juta; 0 means no money for that horizon")
    func smallest() throws {
        #expect(try BudgetSpec.parse("1 juta") == Self.every(1e6))
        #expect(try BudgetSpec.parse("1.000.000") == Self.every(1e6))
        #expect(throws: InputError.self) { try BudgetSpec.parse("999999") }
        #expect(try BudgetSpec.parse("short=0") == [.short: 0])
    }

    @Test("the README shows the forms the parser accepts, and they parse")
    func documented() throws {
        let readme = try String(contentsOf: TestPaths.root.appendingPathComponent("README.md"), encoding: .utf8)
        for form in ["2 miliar", "2.000.000.000", "1,5 M", "pendek=", "juta", "triliun"] {
            let found = readme.contains(form)
            #expect(found, "README lacks \(form)")
        }
        for form in ["Rp 2 miliar", "2.000.000.000", "1,5 M", "2,000,000,000", "500 juta", "pendek=500 juta;menengah=2 M;panjang=10 M"] {
            #expect(try BudgetSpec.parse(form).isEmpty == false, "\(form)")
        }
    }
}
