package config

import (
	"bytes"
	"encoding/json"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
)

// GovernedHash is keccak256 of the governed part's canonical encoding
// (Canonical). Governance approves it on-chain (the ConfigRegistry's
// configHash); the vault's decision receipts carry it; `keeper config hash`
// prints it.
func (c *Config) GovernedHash() [32]byte {
	return crypto.Keccak256Hash(c.Governed.Canonical())
}

// Canonical is the governed part's canonical encoding, a compact JSON text:
//
//   - objects have the YAML field names as keys, sorted bytewise, every
//     field present (defaults filled in before hashing, so a field written
//     with its default value and one left out encode alike);
//   - strings are JSON strings; integers are decimal; floats are Go's
//     shortest decimal that round-trips (strconv 'g', -1), e.g. 0.6, 1e-05;
//   - durations are Go duration strings ("1m0s"); lists keep their order.
//
// It depends only on the decoded values: not on YAML key order, comments,
// quoting, number spelling (0.60 and 6e-1 are the same, as are -0 and 0)
// or formatting.
func (g Governed) Canonical() []byte { return CanonicalValue(g) }

// CanonicalValue is the canonical encoding (see Governed.Canonical) of one
// value of the governed part: a field, a source, a section. A governed
// change is shown with it (keeper/governance.DiffGoverned), so a diff
// renders values exactly as the hash covers them.
func CanonicalValue(v any) []byte {
	var b bytes.Buffer
	canonical(&b, reflect.ValueOf(v))
	return b.Bytes()
}

func canonical(b *bytes.Buffer, v reflect.Value) {
	if v.Type() == typeOfDuration {
		writeJSONString(b, time.Duration(v.Int()).String())
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		type field struct {
			name string
			v    reflect.Value
		}
		var fs []field
		for i := 0; i < v.NumField(); i++ {
			name, _, _ := strings.Cut(v.Type().Field(i).Tag.Get("yaml"), ",")
			if name != "" && name != "-" {
				fs = append(fs, field{name, v.Field(i)})
			}
		}
		sort.Slice(fs, func(i, j int) bool { return fs[i].name < fs[j].name })
		b.WriteByte('{')
		for i, f := range fs {
			if i > 0 {
				b.WriteByte(',')
			}
			writeJSONString(b, f.name)
			b.WriteByte(':')
			canonical(b, f.v)
		}
		b.WriteByte('}')
	case reflect.Slice:
		b.WriteByte('[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				b.WriteByte(',')
			}
			canonical(b, v.Index(i))
		}
		b.WriteByte(']')
	case reflect.String:
		writeJSONString(b, v.String())
	case reflect.Float32, reflect.Float64:
		f := v.Float()
		if f == 0 {
			f = 0 // −0 is 0
		}
		b.WriteString(strconv.FormatFloat(f, 'g', -1, 64))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		b.WriteString(strconv.FormatInt(v.Int(), 10))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		b.WriteString(strconv.FormatUint(v.Uint(), 10))
	case reflect.Bool:
		b.WriteString(strconv.FormatBool(v.Bool()))
	default:
		panic("config: no canonical encoding for " + v.Type().String()) // a governed field of a new kind
	}
}

func writeJSONString(b *bytes.Buffer, s string) {
	q, _ := json.Marshal(s) // a string always encodes
	b.Write(q)
}
