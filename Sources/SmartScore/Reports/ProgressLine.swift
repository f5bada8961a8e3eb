import Foundation

/// The line a long step shows on a terminal while it works: what it does, a bar, how far, how fast and how
/// long is left ("Menyimpan nilai [██████······] 1.200.000/8.053.400 · 410.512/dtk · sisa 17 dtk").
/// Pure text, so that its numbers are tested; the CLI decides when and where it is drawn.
public enum ProgressLine {
    /// `done` of `total` items after `elapsed` seconds; the rate and time left once a tenth of a second
    /// has passed (before that a rate is noise).
    public static func render(_ step: TextKey, done: Int, total: Int, elapsed: Double, language: Language, width: Int = 24) -> String {
        let t = Localizer(language)
        let numbers = NumberFormat.of(language)
        let clamped = max(0, min(done, total))
        let filled = total > 0 ? width * clamped / total : width
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        var line = "\(t(step)) [\(bar)] \(numbers.fixed(Double(clamped), digits: 0))/\(numbers.fixed(Double(total), digits: 0))"
        if elapsed >= 0.1, clamped > 0 {
            let rate = Double(clamped) / elapsed
            // Under ten a second (a slow step: reports, whole regions) a whole number would read 0 or jump.
            line += " · " + t(.progressRate, ["rate": numbers.fixed(rate, digits: rate < 10 ? 1 : 0)])
            if clamped < total {
                line += " · " + t(.progressLeft, ["time": duration(Double(total - clamped) / rate, language: language)])
            } else {
                line += " · " + t(.progressTook, ["time": duration(elapsed, language: language)])
            }
        }
        return line
    }

    /// Seconds as a person reads them: "8 dtk", "2 mnt 05 dtk", "1 j 04 mnt".
    public static func duration(_ seconds: Double, language: Language) -> String {
        let t = Localizer(language)
        let whole = Int(seconds.rounded(.up))
        if whole < 60 { return t(.progressSeconds, ["s": String(whole)]) }
        if whole < 3600 {
            return t(.progressMinutes, ["m": String(whole / 60), "s": String(format: "%02d", whole % 60)])
        }
        return t(.progressHours, ["h": String(whole / 3600), "m": String(format: "%02d", whole % 3600 / 60)])
    }
}
