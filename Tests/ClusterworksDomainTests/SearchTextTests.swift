import ClusterworksDomain
import Testing

@Suite("Search folds case, accents and letters of every alphabet the programme works in")
struct SearchTextTests {
    @Test("Twi, Ewe, Spanish, French, Vietnamese and German names fold to what people type", arguments: [
        ("Ɔkɔmfo Anɔkye Garments", "okomfo anokye garments"), ("ɔkɔmfo", "okomfo"), ("Ʋɔ Ɖevi", "vo devi"),
        ("Cooperativa Ñandutí", "cooperativa nanduti"), ("Société d'Économie Mixte", "societe d'economie mixte"),
        ("Nguyễn Thị Hương", "nguyen thi huong"), ("Đà Nẵng", "da nang"), ("Großhändler", "grosshandler"),
    ])
    func folds(_ pair: (String, String)) {
        #expect(SearchText.fold(pair.0) == pair.1)
    }

    @Test("a record's key joins its texts folded, leaving out the empty ones")
    func key() {
        let key = SearchText.key(["Ɔkɔmfo Anɔkye Garments", nil, "", "KUMASI"])
        #expect(key.contains("okomfo anokye garments") && key.contains("kumasi"))
        #expect(!key.contains("garments kumasi"))
    }
}
