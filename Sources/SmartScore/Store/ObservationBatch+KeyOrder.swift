extension ObservationBatch {
    /// The batch's rows ordered by city, year, indicator, cities and indicators compared by their rank:
    /// `cityRank[i]` is the place of city i among the batch's cities, `indicatorRank` likewise.
    /// The import orders by the store's ids (the observation table's primary key within one dataset, since
    /// migration "v2"), so that inserting appends to the right edge of the B-tree: each leaf is filled once and
    /// left full (SQLite's quick balance), instead of being split half-empty and revisited; a lookup in key
    /// order finds its page already in the cache. The reader of a dataset orders by the codes' byte order.
    /// Cost: one counting pass by city, then a sort of each city's few rows only when they are out of order
    /// (a file written city by city, indicators in catalogue order: `37120:5.10` after `37120:5.9`).
    func rowsInKeyOrder(cityRank: [Int32], indicatorRank: [Int32]) -> [Int32] {
        Self.rowsInKeyOrder(count: count, cityCount: cityRank.count, city: { cityRank[Int(cityIndex[$0])] },
                       year: { years[$0] }, indicator: { indicatorRank[Int(indicatorIndex[$0])] })
    }

    /// The order of the codes themselves, compared byte by byte as SQLite's BINARY collation compares them.
    func rowsInKeyOrder() -> [Int32] {
        rowsInKeyOrder(cityRank: Self.byteOrderRanks(cities.map(\.code)), indicatorRank: Self.byteOrderRanks(indicatorCodes))
    }

    /// `count` rows ordered by the rank of their city (`cityCount` ranks), then year, then indicator rank.
    /// Shared by the import (a batch's rows) and the reader (a dataset's rows as the store gives them).
    static func rowsInKeyOrder(count: Int, cityCount: Int, city: (Int) -> Int32, year: (Int) -> Int16,
                               indicator: (Int) -> Int32) -> [Int32] {
        // Counting sort by city rank, stable: the rows of each city keep their order.
        var starts = [Int](repeating: 0, count: cityCount + 1)
        for row in 0..<count { starts[Int(city(row)) + 1] += 1 }
        for rank in 0..<cityCount { starts[rank + 1] += starts[rank] }
        var next = starts
        var order = [Int32](repeating: 0, count: count)
        for row in 0..<count {
            let rank = Int(city(row))
            order[next[rank]] = Int32(row)
            next[rank] += 1
        }
        // Within a city, by year then indicator: the year above the indicator's rank (< 2^32) in one integer,
        // computed once per row (the sort compares each row many times).
        var keys = [Int](repeating: 0, count: count)
        for row in 0..<count { keys[row] = Int(year(row)) << 32 | Int(indicator(row)) }
        for rank in 0..<cityCount where starts[rank + 1] - starts[rank] > 1 {
            let range = starts[rank]..<starts[rank + 1]
            var inOrder = true
            var previous = keys[Int(order[range.lowerBound])]
            for i in range.dropFirst() {
                let current = keys[Int(order[i])]
                if current < previous { inOrder = false; break }
                previous = current
            }
            if !inOrder { order[range].sort { keys[Int($0)] < keys[Int($1)] } }
        }
        return order
    }

    /// Each string's place among the others in byte order (UTF-8, as SQLite compares TEXT), which is not
    /// Swift's `<` for every string (that compares canonical equivalents as equal).
    static func byteOrderRanks(_ strings: [String]) -> [Int32] {
        let sorted = strings.indices.sorted { strings[$0].utf8.lexicographicallyPrecedes(strings[$1].utf8) }
        return ranks(ofSorted: sorted, count: strings.count)
    }

    /// Each id's place among the others, ascending (the store's ids are distinct).
    static func ascendingRanks(_ ids: [Int64]) -> [Int32] {
        ranks(ofSorted: ids.indices.sorted { ids[$0] < ids[$1] }, count: ids.count)
    }

    private static func ranks(ofSorted sorted: [Int], count: Int) -> [Int32] {
        var rank = [Int32](repeating: 0, count: count)
        for (place, index) in sorted.enumerated() { rank[index] = Int32(place) }
        return rank
    }
}
