import Foundation
import Testing
@testable import SmartScore

/// Issue 20: the progress line's numbers (rate, time left) in each language's formatting.
@Suite("Progress line: count, rate and time left, in Indonesian and English")
struct ProgressLineTests {
    @Test("1.200.000 of 8.000.000 values in 3 s: 400.000 a second, 17 s left (6.800.000 ÷ 400.000)")
    func rateAndTimeLeft() {
        let id = ProgressLine.render(.progressImporting, done: 1_200_000, total: 8_000_000, elapsed: 3, language: .id, width: 20)
        // 20 × 1.2 / 8 = 3 cells filled.
        #expect(id == "Menyimpan nilai [███·················] 1.200.000/8.000.000 · 400.000/dtk · sisa 17 dtk")
        let en = ProgressLine.render(.progressImporting, done: 1_200_000, total: 8_000_000, elapsed: 3, language: .en, width: 20)
        #expect(en == "Storing values [███·················] 1,200,000/8,000,000 · 400,000/s · 17 s left")
    }

    @Test("no rate before a tenth of a second; a slow rate keeps a decimal; the finished line says how long it took")
    func startAndEnd() {
        #expect(ProgressLine.render(.progressImporting, done: 5, total: 10, elapsed: 0.05, language: .en, width: 4)
                == "Storing values [██··] 5/10")
        #expect(ProgressLine.render(.progressImporting, done: 10, total: 10, elapsed: 125, language: .id, width: 4)
                == "Menyimpan nilai [████] 10/10 · 0,1/dtk · selesai dalam 2 mnt 05 dtk")
    }

    @Test("durations: seconds rounded up, minutes and hours with two-digit parts")
    func durations() {
        #expect(ProgressLine.duration(0.2, language: .id) == "1 dtk")
        #expect(ProgressLine.duration(59.5, language: .en) == "1 min 00 s")
        #expect(ProgressLine.duration(3599, language: .en) == "59 min 59 s")
        #expect(ProgressLine.duration(3_840, language: .id) == "1 jam 04 mnt")
    }
}
