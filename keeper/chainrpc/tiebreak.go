package chainrpc

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sort"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// receiptClaim is a receipt answer: where it puts its transaction.
type receiptClaim struct {
	vote    string
	answers []*answer // the providers that gave it
	number  uint64
	block   common.Hash
	tx      common.Hash
	index   uint64
	// by is the provider whose header holds the claim (nil: none but the
	// givers' own).
	by *provider
}

// blockHeader is what a tie-break reads of eth_getBlockByNumber(n, false).
type blockHeader struct {
	Number       hexutil.Uint64 `json:"number"`
	Hash         common.Hash    `json:"hash"`
	Transactions []common.Hash  `json:"transactions"`
}

// parseClaim reads a receipt answer; nil when it is not a receipt (null,
// an error, or lacking where its transaction is).
func parseClaim(data []byte) *receiptClaim {
	var msg struct {
		Result *struct {
			BlockNumber      *hexutil.Uint64 `json:"blockNumber"`
			BlockHash        *common.Hash    `json:"blockHash"`
			TransactionHash  *common.Hash    `json:"transactionHash"`
			TransactionIndex *hexutil.Uint64 `json:"transactionIndex"`
		} `json:"result"`
	}
	if json.Unmarshal(data, &msg) != nil || msg.Result == nil {
		return nil
	}
	r := msg.Result
	if r.BlockNumber == nil || r.BlockHash == nil || r.TransactionHash == nil || r.TransactionIndex == nil {
		return nil
	}
	return &receiptClaim{number: uint64(*r.BlockNumber), block: *r.BlockHash, tx: *r.TransactionHash, index: uint64(*r.TransactionIndex)}
}

// heldBy: h is the block c names, with c's transaction at c's index.
func (c *receiptClaim) heldBy(h *blockHeader) bool {
	return h != nil && uint64(h.Number) == c.number && h.Hash == c.block && c.index < uint64(len(h.Transactions)) &&
		h.Transactions[c.index] == c.tx
}

func (c *receiptClaim) String() string {
	return fmt.Sprintf("block %d %s at index %d", c.number, c.block.Hex(), c.index)
}

func (c *receiptClaim) gaveIt(p *provider) bool {
	for _, a := range c.answers {
		if a.p == p {
			return true
		}
	}
	return false
}

// tiebreakReceipts settles a disagreement on eth_getTransactionReceipt (the
// request body) among the answers votes holds, in order, with block
// headers: every provider of rs is asked for the header at each height a
// receipt names (eth_getBlockByNumber(n, false)). A receipt is corroborated
// when another provider than those that gave it serves that block, with
// that hash and the transaction at that index. The one corroborated receipt
// wins; when none or several are, nothing does and why says so.
//
// A provider whose receipt is contradicted by the winner (another block for
// the same transaction), or by its own header at the height it names, is
// asked for the receipt once more and, when it gives the same answer, is
// marked lying. A provider that has no receipt (null) may lag: it is
// never marked.
func (m *Multi) tiebreakReceipts(req *http.Request, body []byte, rs []*provider, votes map[string][]*answer, order []string) (won *answer, why string) {
	var call struct {
		Params []json.RawMessage `json:"params"`
	}
	var tx common.Hash
	if json.Unmarshal(body, &call) != nil || len(call.Params) == 0 || json.Unmarshal(call.Params[0], &tx) != nil {
		return nil, "the request names no transaction hash"
	}
	var claims []*receiptClaim
	heights := map[uint64]bool{}
	for _, v := range order {
		c := parseClaim(votes[v][0].data)
		if c == nil || c.tx != tx {
			continue
		}
		c.vote, c.answers = v, votes[v]
		claims, heights[c.number] = append(claims, c), true
	}
	if len(claims) == 0 {
		return nil, "no receipt names a block to check"
	}
	headers := m.headers(req, rs, heights)

	var corroborated []*receiptClaim
	for _, c := range claims {
		for _, q := range rs {
			if h, ok := headers[q][c.number]; ok && !c.gaveIt(q) && c.heldBy(h) {
				c.by = q
				corroborated = append(corroborated, c)
				break
			}
		}
	}
	var winner *receiptClaim
	if len(corroborated) == 1 {
		winner = corroborated[0]
	}

	// The accused, in the order of the answers, with the evidence.
	type accusation struct {
		a        *answer
		evidence string
	}
	var accused []accusation
	seen := map[*provider]bool{}
	for _, c := range claims {
		if c == winner {
			continue
		}
		for _, a := range c.answers {
			h, ok := headers[a.p][c.number]
			switch {
			case seen[a.p]:
			case winner != nil:
				accused = append(accused, accusation{a, fmt.Sprintf(
					"its receipt of %s puts it in %s; provider %d (%s) puts it in %s, which provider %d (%s) serves with the transaction there",
					tx.Hex(), c, winner.answers[0].p.index, winner.answers[0].p.Name, winner, winner.by.index, winner.by.Name)})
			case ok && h != nil && !c.heldBy(h):
				accused = append(accused, accusation{a, fmt.Sprintf(
					"its receipt of %s puts it in %s, but its own header at %d is block %s with %d transaction(s)%s",
					tx.Hex(), c, c.number, h.Hash.Hex(), len(h.Transactions), txAt(h, c.index))})
			default:
				continue
			}
			seen[a.p] = true
		}
	}
	for _, acc := range accused {
		again := m.send(req, acc.a.p, body)
		if again.failed() || again.vote != acc.a.vote {
			m.log.Info("RPC provider contradicted on a receipt answers otherwise when asked again: not marked lying (a reorganisation?)",
				"provider", acc.a.p.index, "url", acc.a.p.Name, "evidence", acc.evidence)
			continue
		}
		m.markLying(acc.a.p, "eth_getTransactionReceipt", acc.evidence)
	}

	switch {
	case winner != nil:
		return winner.answers[0], ""
	case len(corroborated) > 1:
		return nil, "block headers hold several of the receipts"
	}
	return nil, "no receipt's block is served, with the transaction, by another provider than the one that gave it"
}

// txAt says which transaction h has at index i, for evidence.
func txAt(h *blockHeader, i uint64) string {
	if i < uint64(len(h.Transactions)) {
		return fmt.Sprintf(", %s at index %d", h.Transactions[i].Hex(), i)
	}
	return ""
}

// headers asks every provider of rs for the header at each height,
// concurrently: by provider and height, the header (nil: the node has no
// such block); absent when the provider gave no usable answer.
func (m *Multi) headers(req *http.Request, rs []*provider, heights map[uint64]bool) map[*provider]map[uint64]*blockHeader {
	ns := make([]uint64, 0, len(heights))
	for n := range heights {
		ns = append(ns, n)
	}
	sort.Slice(ns, func(i, j int) bool { return ns[i] < ns[j] })
	out := map[*provider]map[uint64]*blockHeader{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, p := range rs {
		out[p] = map[uint64]*blockHeader{}
	}
	for _, p := range rs {
		for _, n := range ns {
			wg.Add(1)
			go func() {
				defer wg.Done()
				body := fmt.Appendf(nil, `{"jsonrpc":"2.0","id":1,"method":"eth_getBlockByNumber","params":[%q,false]}`, hexutil.EncodeUint64(n))
				a := m.send(req, p, body)
				if a.failed() || a.rpcErr != nil {
					return
				}
				var msg struct {
					Result *blockHeader `json:"result"`
				}
				if json.Unmarshal(a.data, &msg) != nil {
					return
				}
				mu.Lock()
				out[p][n] = msg.Result
				mu.Unlock()
			}()
		}
	}
	wg.Wait()
	return out
}
