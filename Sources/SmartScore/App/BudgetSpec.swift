import Foundation

/// A budget per horizon in IDR, as people type it: one amount for every horizon (`5000000000`, `5e9`,
/// `5_000_000_000`), or `short=…,medium=…,long=…`.
public enum BudgetSpec {
    public static func parse(_ text: String?) throws -> [Horizon: Double] {
        guard let text else { return [:] }
        func refuse(_ en: String, _ id: String) -> InputError { InputError(en, id: id, at: SourceLocation(parameter: .budget)) }
        func amount(_ s: Substring) throws -> Double {
            let plain = s.replacingOccurrences(of: "_", with: "")
            guard plain.allSatisfy({ $0.isNumber || ".eE+".contains($0) }), let x = Double(plain), x >= 0, x.isFinite else {
                throw refuse("'\(s)' is not an amount in IDR (e.g. 5000000000 or 5e9)", "'\(s)' bukan jumlah rupiah (mis. 5000000000 atau 5e9)")
            }
            return x
        }
        if !text.contains("=") {
            let x = try amount(Substring(text))
            return Dictionary(uniqueKeysWithValues: Horizon.allCases.map { ($0, x) })
        }
        var out: [Horizon: Double] = [:]
        for part in text.split(separator: ",") {
            let kv = part.split(separator: "=", maxSplits: 1)
            guard kv.count == 2, let h = Horizon(rawValue: String(kv[0]).trimmingCharacters(in: .whitespaces)) else {
                throw refuse("'\(part)' must be short=…, medium=… or long=…", "'\(part)' harus short=…, medium=… atau long=…")
            }
            guard out[h] == nil else { throw refuse("the budget names \(h.rawValue) twice", "anggaran menyebut \(h.rawValue) dua kali") }
            out[h] = try amount(kv[1])
        }
        return out
    }
}
