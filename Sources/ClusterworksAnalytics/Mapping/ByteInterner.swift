/// Gives each distinct byte string an index without making a String for every occurrence: an
/// open-addressing table of (hash, index) whose keys point back into the source bytes.
struct ByteInterner {
    private var slots: [Int32]
    private var hashes: [UInt64]
    private(set) var starts: [Int] = [], lengths: [Int] = []
    private var mask: Int

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        hashes = [UInt64](repeating: 0, count: size)
        mask = size - 1
    }

    var count: Int { starts.count }

    /// The index of `bytes[start ..< start + length]`, adding it if it is new.
    mutating func index(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, length: Int) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in start..<(start + length) { h = (h ^ UInt64(bytes[i])) &* 0x100_0000_01b3 }
        var slot = Int(truncatingIfNeeded: h) & mask
        while slots[slot] >= 0 {
            let k = Int(slots[slot])
            if hashes[slot] == h && lengths[k] == length && Self.equal(bytes, starts[k], start, length) { return k }
            slot = (slot + 1) & mask
        }
        let k = starts.count
        slots[slot] = Int32(k); hashes[slot] = h
        starts.append(start); lengths.append(length)
        if starts.count * 2 > slots.count { grow() }
        return k
    }

    private static func equal(_ b: UnsafeBufferPointer<UInt8>, _ a: Int, _ c: Int, _ n: Int) -> Bool {
        for i in 0..<n where b[a + i] != b[c + i] { return false }
        return true
    }

    private mutating func grow() {
        let oldSlots = slots, oldHashes = hashes
        slots = [Int32](repeating: -1, count: oldSlots.count * 2)
        hashes = [UInt64](repeating: 0, count: oldSlots.count * 2)
        mask = slots.count - 1
        for (s, k) in oldSlots.enumerated() where k >= 0 {
            var slot = Int(truncatingIfNeeded: oldHashes[s]) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = k; hashes[slot] = oldHashes[s]
        }
    }

    func string(_ bytes: UnsafeBufferPointer<UInt8>, _ k: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[starts[k]..<(starts[k] + lengths[k])]), as: UTF8.self)
    }
}
