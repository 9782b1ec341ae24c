package config

import (
	"fmt"
	"reflect"
	"strings"

	"gopkg.in/yaml.v3"
)

var (
	typeOfConfig   = reflect.TypeOf(Config{})
	typeOfDuration = reflect.TypeOf(Duration(0))
)

// checkKnownFields walks the YAML tree against the Go type it decodes into
// and reports the first unknown field or value of the wrong kind by its field
// path, so that an operator sees `optimizer.risk_aversion` rather than a Go
// type name.
func checkKnownFields(n *yaml.Node, path string, t reflect.Type) error {
	if n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	where := path
	if where == "" {
		where = "(top level)"
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil // an empty value keeps the default
	}
	switch {
	case t == typeOfDuration:
		if n.Kind != yaml.ScalarNode || n.Tag != "!!str" {
			return fmt.Errorf("%s: %s: want a duration string such as \"10s\" or \"7d\" (line %d)", where, describe(n), n.Line)
		}
		if _, err := ParseDuration(n.Value); err != nil {
			return fmt.Errorf("%s: %s: invalid duration, want e.g. \"10s\", \"2m\", \"72h\" or \"7d\" (line %d)", where, quote(n.Value), n.Line)
		}
		return nil
	case t.Kind() == reflect.Struct:
		if n.Kind != yaml.MappingNode {
			return fmt.Errorf("%s: %s: want a mapping of fields (line %d)", where, describe(n), n.Line)
		}
		fields := map[string]reflect.Type{}
		var known []string
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
			if name == "" || name == "-" {
				continue
			}
			fields[name] = f.Type
			known = append(known, name)
		}
		seen := map[string]bool{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			key := n.Content[i].Value
			child := join(path, key)
			ft, ok := fields[key]
			if !ok {
				if looksSecret(key) {
					child = join(path, secretNotShown)
				}
				return fmt.Errorf("%s: unknown field (line %d); known fields here: %s", child, n.Content[i].Line, strings.Join(known, ", "))
			}
			if seen[key] {
				return fmt.Errorf("%s: field given twice (line %d)", child, n.Content[i].Line)
			}
			seen[key] = true
			if err := checkKnownFields(n.Content[i+1], child, ft); err != nil {
				return err
			}
		}
		return nil
	case t.Kind() == reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			return fmt.Errorf("%s: %s: want a list (line %d)", where, describe(n), n.Line)
		}
		for i, item := range n.Content {
			if err := checkKnownFields(item, fmt.Sprintf("%s[%d]", path, i), t.Elem()); err != nil {
				return err
			}
		}
		return nil
	case t.Kind() == reflect.String:
		if n.Kind != yaml.ScalarNode {
			return fmt.Errorf("%s: %s: want a string (line %d)", where, describe(n), n.Line)
		}
		return nil
	case t.Kind() == reflect.Float64:
		if n.Kind != yaml.ScalarNode || (n.Tag != "!!int" && n.Tag != "!!float") {
			return fmt.Errorf("%s: %s: want a number (line %d)", where, describe(n), n.Line)
		}
		return nil
	case t.Kind() == reflect.Int || t.Kind() == reflect.Int64:
		if n.Kind != yaml.ScalarNode || n.Tag != "!!int" {
			return fmt.Errorf("%s: %s: want a whole number (line %d)", where, describe(n), n.Line)
		}
		return nil
	case t.Kind() == reflect.Bool:
		if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
			return fmt.Errorf("%s: %s: want true or false (line %d)", where, describe(n), n.Line)
		}
		return nil
	}
	return fmt.Errorf("%s: unsupported field type %s", where, t)
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	default:
		return quote(n.Value)
	}
}
