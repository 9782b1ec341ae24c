package config

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"

	"gopkg.in/yaml.v3"
)

// DecodeStrict decodes the YAML document raw into the struct pointed to by
// into as Parse decodes a config: an unknown field, a field given twice or a
// value of the wrong kind is an error naming its field path and line. Fields
// left out keep the values into already holds (its defaults). Other files
// with config-like sections (keeper deploy's spec) use it.
func DecodeStrict(raw []byte, into any) error {
	t := reflect.TypeOf(into)
	if t == nil || t.Kind() != reflect.Pointer || t.Elem().Kind() != reflect.Struct {
		return fmt.Errorf("config: DecodeStrict wants a pointer to a struct, got %T", into)
	}
	var root yaml.Node
	if err := yaml.Unmarshal(raw, &root); err != nil {
		return fmt.Errorf("parsing YAML: %w", err)
	}
	if len(root.Content) == 0 {
		return errors.New("the document is empty")
	}
	if err := checkKnownFields(root.Content[0], "", t.Elem()); err != nil {
		return err
	}
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true)
	if err := dec.Decode(into); err != nil {
		return fmt.Errorf("decoding: %w", err)
	}
	return nil
}
