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

/// The line of each key seen so far in an import. Rows come grouped by region and year, so the keys of one
/// (city, year) are kept together: a block of one line per catalogue indicator, found once per group and
/// then indexed directly, where a hash table of 8 million keys would miss the cache on nearly every row.
/// The blocks have a budget (`blockBudget` lines); groups beyond it, and indicators beyond the catalogue,
/// go to a hash table, so a file of a million regions with one value each cannot take gigabytes.
struct DuplicateIndex {
    /// Indicator positions below this have a place in their group's block.
    private let width: Int
    private let blockBudget: Int
    /// (city << 32 | year) → the offset of the group's block in `blocks`, or -1 for a group past the budget.
    private var groups = DuplicateHashIndex()
    private var groupOffsets: [Int] = []
    private var blocks: [Int32] = []
    private var overflow = DuplicateHashIndex()
    /// The last group asked for: the next row is nearly always of the same group.
    private var lastGroup: (city: Int32, year: Int32, offset: Int) = (-1, -1, -1)
    private(set) var count = 0

    /// 64 Mi lines (256 MiB): the 80,534 villages × a catalogue of a few hundred indicators fit.
    static let defaultBlockBudget = 1 << 26

    init(indicators width: Int = 0, blockBudget: Int = DuplicateIndex.defaultBlockBudget) {
        self.width = width
        self.blockBudget = blockBudget
    }

    /// The offset of the key's group block, creating it when asked; -1 when the group has none.
    private mutating func groupOffset(_ key: DuplicateKey, creating: Bool) -> Int {
        if key.city == lastGroup.city && key.year == lastGroup.year { return lastGroup.offset }
        // A group's number is stored as the "line" of the key (city, year, -1) in `groups` (numbers from 1).
        let groupKey = DuplicateKey(city: key.city, year: key.year, indicator: -1)
        let offset: Int
        if let number = groups.line(of: groupKey) {
            offset = groupOffsets[Int(number) - 1]
        } else if creating {
            if blocks.count + width <= blockBudget && width > 0 {
                offset = blocks.count
                blocks.append(contentsOf: repeatElement(0, count: width))
            } else {
                offset = -1
            }
            groupOffsets.append(offset)
            groups.set(groupKey, line: Int32(groupOffsets.count))
        } else {
            return -1
        }
        lastGroup = (key.city, key.year, offset)
        return offset
    }

    /// The line the key was first seen on, if it was.
    mutating func line(of key: DuplicateKey) -> Int32? {
        guard key.indicator >= 0 && Int(key.indicator) < width else { return overflow.line(of: key) }
        let offset = groupOffset(key, creating: false)
        guard offset >= 0 else { return overflow.line(of: key) }
        let line = blocks[offset + Int(key.indicator)]
        return line == 0 ? nil : line
    }

    /// Records the key's line (replacing the line of a key seen before, as a dictionary's assignment does).
    mutating func set(_ key: DuplicateKey, line: Int32) {
        precondition(line != 0, "a data row is never on line 0")
        guard key.indicator >= 0 && Int(key.indicator) < width else { return setOverflow(key, line: line) }
        let offset = groupOffset(key, creating: true)
        guard offset >= 0 else { return setOverflow(key, line: line) }
        if blocks[offset + Int(key.indicator)] == 0 { count += 1 }
        blocks[offset + Int(key.indicator)] = line
    }

    /// Records a key not seen before and says true; says false (recording nothing) for a key seen before.
    mutating func insertIfAbsent(_ key: DuplicateKey, line: Int32) -> Bool {
        guard key.indicator >= 0 && Int(key.indicator) < width else { return insertOverflow(key, line: line) }
        let offset = groupOffset(key, creating: true)
        guard offset >= 0 else { return insertOverflow(key, line: line) }
        let slot = offset + Int(key.indicator)
        guard blocks[slot] == 0 else { return false }
        blocks[slot] = line
        count += 1
        return true
    }

    private mutating func setOverflow(_ key: DuplicateKey, line: Int32) {
        let before = overflow.count
        overflow.set(key, line: line)
        count += overflow.count - before
    }

    private mutating func insertOverflow(_ key: DuplicateKey, line: Int32) -> Bool {
        guard overflow.insertIfAbsent(key, line: line) else { return false }
        count += 1
        return true
    }
}

/// The line of each key, in an open-addressing table (linear probing, a fixed multiplicative hash): a
/// `Dictionary` hashes every key with a seeded SipHash, and an import of 8 million rows asks it 16 million
/// times. The keys are small integers the reader assigns (city in order of first sight, a catalogue
/// position, a year in 1990–2100), so a file cannot choose their hashes.
struct DuplicateHashIndex {
    /// city << 32 | year (as bits), and the indicator, per slot; `lines` is 0 for an empty slot (a data
    /// row is never on line 0).
    private var cityYear: [UInt64]
    private var indicators: [Int32]
    private var lines: [Int32]
    private(set) var count = 0
    private var mask: Int

    init(capacity: Int = 64) {
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

    /// The key's slot: where it is (found), or the empty slot where it would go.
    private func probe(_ high: UInt64, _ indicator: Int32) -> (slot: Int, found: Bool) {
        var slot = Self.hash(high, indicator) & mask
        while lines[slot] != 0 {
            if cityYear[slot] == high && indicators[slot] == indicator { return (slot, true) }
            slot = (slot + 1) & mask
        }
        return (slot, false)
    }

    /// The line the key was first seen on, if it was.
    func line(of key: DuplicateKey) -> Int32? {
        let (slot, found) = probe(Self.high(key), key.indicator)
        return found ? lines[slot] : nil
    }

    /// Records the key's line (replacing the line of a key seen before, as a dictionary's assignment does).
    mutating func set(_ key: DuplicateKey, line: Int32) {
        precondition(line != 0, "a data row is never on line 0")
        _ = record(key, line: line, replacing: true)
    }

    /// Records a key not seen before and says true; says false (recording nothing) for a key seen before:
    /// the fast lane's one probe for both the check and the insert.
    mutating func insertIfAbsent(_ key: DuplicateKey, line: Int32) -> Bool {
        record(key, line: line, replacing: false)
    }

    /// Records the key's line; a key seen before keeps its line unless `replacing`. Whether the key was new.
    private mutating func record(_ key: DuplicateKey, line: Int32, replacing: Bool) -> Bool {
        if (count + 1) * 2 > mask + 1 { grow() }
        let high = Self.high(key)
        let (slot, found) = probe(high, key.indicator)
        if found {
            if replacing { lines[slot] = line }
            return false
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
