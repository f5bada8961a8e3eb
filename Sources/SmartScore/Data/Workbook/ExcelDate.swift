import Foundation

/// Dates as Excel stores them: a number of days (the serial) shown through a date format. Whether a
/// number is a date is known only from its cell's style, so the reader asks here.
enum ExcelDate {
    /// Built-in number formats that show dates or times (ECMA-376 §18.8.30): 14–22 and 45–47.
    static let builtInDateFormats: Set<Int> = Set(14...22).union(45...47)

    /// Whether a custom format code shows a date: it has a day, month or year placeholder outside quoted
    /// text, `[...]` sections (colours, conditions, locales) and backslash-escaped characters.
    /// `0.00`, `#,##0 "hari"` and `General` are numbers; `dd/mm/yyyy` and `mmm-yy` are dates.
    static func isDateFormat(_ code: String) -> Bool {
        var inQuotes = false, inBrackets = false, escaped = false
        for ch in code.lowercased() {
            if escaped { escaped = false; continue }
            switch ch {
            case "\\" where !inQuotes: escaped = true
            case "\"": inQuotes.toggle()
            case "[" where !inQuotes: inBrackets = true
            case "]" where !inQuotes: inBrackets = false
            // (A `where` would bind to "y" alone: the condition is inside.)
            case "d", "m", "y": if !inQuotes && !inBrackets { return true }
            default: break
            }
        }
        return false
    }

    /// The calendar date of a serial. The 1900 system counts from 1899-12-31 as day 0 and keeps Lotus
    /// 1-2-3's phantom 29 February 1900 (day 60), so from day 61 on the days count from 1899-12-30; the
    /// 1904 system (old Mac workbooks, `date1904`) counts from 1904-01-01. Nil outside years 1–9999.
    static func date(serial: Double, date1904: Bool) -> (year: Int, month: Int, day: Int)? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        if date1904 {
            days += 1_462           // 1904-01-01 as a 1900-system serial (past the phantom day)
        } else if days < 61 {
            if days == 60 { return (1900, 2, 29) }  // the day that never was: shown as Excel shows it
            days += 1               // before the phantom day, one day less has passed
            if days == 1 { return (1899, 12, 31) }
        }
        // Days from 1899-12-30 to a civil date (Howard Hinnant's days-from-civil, inverted).
        let z = days - 25_569 + 719_468     // serial 25569 is 1970-01-01
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        guard (1...9999).contains(year) else { return nil }
        return (year, month, day)
    }

    /// `2023-07-01`, the ISO 8601 form a date cell is given as text.
    static func iso(_ date: (year: Int, month: Int, day: Int)) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        let year = String(date.year)
        return String(repeating: "0", count: max(0, 4 - year.count)) + year + "-" + two(date.month) + "-" + two(date.day)
    }
}
