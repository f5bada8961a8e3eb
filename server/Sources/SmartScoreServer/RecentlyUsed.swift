/// A cache that keeps the `capacity` values used last and forgets the others: what a client can make the
/// server compute (a ranking per dataset and year, Monte Carlo runs per method, sample count and seed) must
/// not grow the server's memory without end. Not thread-safe: its owner holds a lock around it.
struct RecentlyUsed<Key: Hashable, Value> {
    let capacity: Int
    private var values: [Key: Value] = [:]
    /// The keys, the most recently used last.
    private var order: [Key] = []

    init(capacity: Int) {
        precondition(capacity > 0)
        self.capacity = capacity
    }

    var count: Int { values.count }

    /// The value kept for the key, now the most recently used; nil when none is kept.
    mutating func value(_ key: Key) -> Value? {
        guard let value = values[key] else { return nil }
        touch(key)
        return value
    }

    /// Keeps the value, forgetting the least recently used beyond the capacity.
    mutating func keep(_ value: Value, for key: Key) {
        values[key] = value
        touch(key)
        while order.count > capacity { values[order.removeFirst()] = nil }
    }

    mutating func forget(where condition: (Key) -> Bool) {
        order.removeAll(where: condition)
        values = values.filter { !condition($0.key) }
    }

    private mutating func touch(_ key: Key) {
        if let at = order.firstIndex(of: key) { order.remove(at: at) }
        order.append(key)
    }
}
