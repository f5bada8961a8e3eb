/// One (city, year, indicator), the unit of uniqueness in an import, as three small integers: a hash of
/// a million of these is cheap where a hash of string triples is not. Nothing is truncated, whatever the
/// number of cities, years or indicators.
struct DuplicateKey: Hashable {
    let city: Int32
    let year: Int32
    let indicator: Int32

    static func pack(city: Int32, year: Int, indicator: Int) -> DuplicateKey {
        DuplicateKey(city: city, year: Int32(clamping: year), indicator: Int32(clamping: indicator))
    }
}

/// The line of each key seen so far in an import: an open-addressing table (linear probing, a fixed
/// multiplicative hash), because a `Dictionary` hashes every key with a seeded SipHash and an import of
/// 8 million rows asks it 16 million times. The keys are small integers the reader assigns (city and
/// indicator in order of first sight, a year in 1990–2100), so a file cannot choose their hashes.
struct DuplicateIndex {
    /// city << 32 | year (as bits), and the indicator, per slot; `lines` is 0 for an empty slot (a data
    /// row is never on line 0).
    private var cityYear: [UInt64]
    private var indicators: [Int32]
    private var lines: [Int32]
    private(set) var count = 0
    private var mask: Int

    init(capacity: Int = 1 << 16) {
        var slots = 16
        while slots < capacity * 2 { slots <<= 1 }
        cityYear = [UInt64](repeating: 0, count: slots)
        indicators = [Int32](repeating: 0, count: slots)
        lines = [Int32](repeating: 0, count: slots)
        mask = slots - 1
    }

    private static func hash(_ high: UInt64, _ indicator: Int32) -> Int {
        var h = high &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(UInt32(bitPattern: indicator)) &* 0xC2B2_AE3D_27D4_EB4F
        h ^= h >> 29
        return Int(truncatingIfNeeded: h)
    }

    private static func high(_ key: DuplicateKey) -> UInt64 {
        UInt64(UInt32(bitPattern: key.city)) << 32 | UInt64(UInt32(bitPattern: key.year))
    }

    /// The line the key was first seen on, if it was.
    func line(of key: DuplicateKey) -> Int32? {
        let high = Self.high(key)
        var slot = Self.hash(high, key.indicator) & mask
        while lines[slot] != 0 {
            if cityYear[slot] == high && indicators[slot] == key.indicator { return lines[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Records the key's line (replacing the line of a key seen before, as a dictionary's assignment does).
    mutating func set(_ key: DuplicateKey, line: Int32) {
        precondition(line != 0, "a data row is never on line 0")
        if (count + 1) * 2 > mask + 1 { grow() }
        let high = Self.high(key)
        var slot = Self.hash(high, key.indicator) & mask
        while lines[slot] != 0 {
            if cityYear[slot] == high && indicators[slot] == key.indicator {
                lines[slot] = line
                return
            }
            slot = (slot + 1) & mask
        }
        cityYear[slot] = high
        indicators[slot] = key.indicator
        lines[slot] = line
        count += 1
    }

    /// Records a key known not to be in the table yet and tells whether it was new: the fast lane's one
    /// probe for both the check and the insert.
    mutating func insertIfAbsent(_ key: DuplicateKey, line: Int32) -> Bool {
        if (count + 1) * 2 > mask + 1 { grow() }
        let high = Self.high(key)
        var slot = Self.hash(high, key.indicator) & mask
        while lines[slot] != 0 {
            if cityYear[slot] == high && indicators[slot] == key.indicator { return false }
            slot = (slot + 1) & mask
        }
        cityYear[slot] = high
        indicators[slot] = key.indicator
        lines[slot] = line
        count += 1
        return true
    }

    private mutating func grow() {
        let old = (cityYear, indicators, lines)
        let slots = (mask + 1) * 2
        cityYear = [UInt64](repeating: 0, count: slots)
        indicators = [Int32](repeating: 0, count: slots)
        lines = [Int32](repeating: 0, count: slots)
        mask = slots - 1
        count = 0
        for slot in old.2.indices where old.2[slot] != 0 {
            let high = old.0[slot]
            var target = Self.hash(high, old.1[slot]) & mask
            while lines[target] != 0 { target = (target + 1) & mask }
            cityYear[target] = high
            indicators[target] = old.1[slot]
            lines[target] = old.2[slot]
            count += 1
        }
    }
}
