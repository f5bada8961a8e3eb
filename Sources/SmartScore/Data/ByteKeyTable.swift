/// A small map from short byte strings to integers (an open-addressing table with an FNV-1a hash), for the
/// reader's fast lane: it looks a cell up by its bytes without making a `String` of them.
struct ByteKeyTable {
    /// Every key's bytes, one after another; a slot holds the key's range in it and its value.
    private var arena: [UInt8] = []
    private var slots: [(start: Int32, length: Int32, value: Int32)]
    private(set) var count = 0
    private var mask: Int
    private static let empty: (start: Int32, length: Int32, value: Int32) = (0, -1, 0)

    init() {
        slots = Array(repeating: Self.empty, count: 64)
        mask = 63
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }

    func value(for key: UnsafeBufferPointer<UInt8>) -> Int? {
        var slot = Self.hash(key) & mask
        while slots[slot].length >= 0 {
            if Int(slots[slot].length) == key.count && matches(slots[slot].start, key) { return Int(slots[slot].value) }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Whether the key stored from `start` (of the key's length) is `key`.
    private func matches(_ start: Int32, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        arena.withUnsafeBufferPointer { stored in
            Self.equal(UnsafeBufferPointer(rebasing: stored[Int(start) ..< Int(start) + key.count]), key)
        }
    }

    /// Byte-for-byte equality of two byte strings (the fast lane compares its cells with it too).
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        var k = 0
        while k < a.count {
            if a[k] != b[k] { return false }
            k += 1
        }
        return true
    }

    /// Adds a key not yet in the table.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, value: Int) {
        if (count + 1) * 2 > mask + 1 { grow() }
        let start = Int32(arena.count)
        arena.append(contentsOf: key)
        place((start, Int32(key.count), Int32(value)), hash: Self.hash(key))
        count += 1
    }

    private mutating func place(_ entry: (start: Int32, length: Int32, value: Int32), hash: Int) {
        var slot = hash & mask
        while slots[slot].length >= 0 { slot = (slot + 1) & mask }
        slots[slot] = entry
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Self.empty, count: old.count * 2)
        mask = slots.count - 1
        for entry in old where entry.length >= 0 {
            let hash = arena.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[Int(entry.start) ..< Int(entry.start + entry.length)])) }
            place(entry, hash: hash)
        }
    }
}
