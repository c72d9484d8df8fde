// Command examplecheck prints, as JSON, what a Go example program takes from the generated SDK, for the
// NUnit tests to compare with the SDK's declarations (tests/go/sdkcheck) and with the example's YAML twin:
// every `tidbdms.X` name it uses; every composite literal of an SDK type, with the fields it sets and their
// values; the fields it reads from the component; and what it exports. It uses only the standard library's
// go/parser, so it runs offline, without the Pulumi Go SDK the program imports.
//
// Values are normalized where the program's shape says what they are: `sdk:<Name>` for an SDK constant,
// `config:<key>` and `secret:<key>` for Require/Get and RequireSecret/GetSecret on the program's config
// (also inside pulumi.String(…) and the like), a JSON literal for a literal, else `expr:<source>`.
//
// Usage: go run tests/go/examplecheck/main.go DIR (the program's folder: every .go file in it)
package main

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

const sdkImport = "github.com/tidb-dms/tidb-dms/sdk/go/tidbdms"

type field struct {
	Name  string `json:"name"`
	Value string `json:"value"`
	// Kind is what the Go expression is, which decides which field types it can fill: "go" (a Go value:
	// a literal, or a config Require/Get), "pulumi" (a pulumi.X(…) wrapper or pulumi.XArray literal),
	// "output" (a config RequireSecret/GetSecret output), "sdk" (an SDK constant), "literal" (an SDK
	// literal, whose Type and Pointer say which), or "other".
	Kind    string `json:"kind"`
	Type    string `json:"type,omitempty"`
	Pointer bool   `json:"pointer,omitempty"`
}

type literal struct {
	Path    string  `json:"path"`
	Type    string  `json:"type"`
	Pointer bool    `json:"pointer"`
	Fields  []field `json:"fields"`
}

type report struct {
	SdkAlias        string            `json:"sdkAlias"`
	SdkNames        []string          `json:"sdkNames"`
	Literals        []literal         `json:"literals"`
	Components      []string          `json:"components"`
	ComponentFields []string          `json:"componentFields"`
	Exports         map[string]string `json:"exports"`
}

type checker struct {
	names      map[string]bool
	reads      map[string]bool
	fset       *token.FileSet
	alias      string
	configs    map[string]bool
	components map[string]bool
	nested     map[*ast.CompositeLit]bool
	pointers   map[*ast.CompositeLit]bool
	out        report
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: examplecheck DIR")
		os.Exit(2)
	}
	fset := token.NewFileSet()
	paths, err := filepath.Glob(filepath.Join(os.Args[1], "*.go"))
	if err == nil && len(paths) == 0 {
		err = fmt.Errorf("no .go file in %s", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var files []*ast.File
	for _, path := range paths {
		file, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		files = append(files, file)
	}
	c := &checker{fset: fset, configs: map[string]bool{}, components: map[string]bool{}, nested: map[*ast.CompositeLit]bool{},
		pointers: map[*ast.CompositeLit]bool{},
		out:      report{SdkNames: []string{}, Literals: []literal{}, Components: []string{}, ComponentFields: []string{}, Exports: map[string]string{}}}
	for _, file := range files {
		for _, imp := range file.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			if path == sdkImport {
				c.alias = path[strings.LastIndex(path, "/")+1:]
				if imp.Name != nil {
					c.alias = imp.Name.Name
				}
			}
		}
	}
	c.out.SdkAlias = c.alias
	for _, file := range files {
		c.collectVariables(file)
	}
	for _, file := range files {
		c.collectUses(file)
	}
	c.finish()

	encoder := json.NewEncoder(os.Stdout)
	encoder.SetIndent("", " ")
	if err := encoder.Encode(c.out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// collectVariables finds the config objects (config.New) and the components (NewTidbDmsMigration).
func (c *checker) collectVariables(file *ast.File) {
	ast.Inspect(file, func(n ast.Node) bool {
		assign, ok := n.(*ast.AssignStmt)
		if !ok || len(assign.Rhs) != 1 {
			return true
		}
		call, ok := assign.Rhs[0].(*ast.CallExpr)
		if !ok {
			return true
		}
		name, ok := assign.Lhs[0].(*ast.Ident)
		if !ok {
			return true
		}
		switch c.source(call.Fun) {
		case "config.New":
			c.configs[name.Name] = true
		case c.alias + ".NewTidbDmsMigration":
			c.components[name.Name] = true
			c.out.Components = append(c.out.Components, name.Name)
		}
		return true
	})
}

func (c *checker) collectUses(file *ast.File) {
	if c.names == nil {
		c.names, c.reads = map[string]bool{}, map[string]bool{}
	}
	names, reads := c.names, c.reads
	var tops []*ast.CompositeLit
	ast.Inspect(file, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.SelectorExpr:
			if id, ok := x.X.(*ast.Ident); ok {
				if id.Name == c.alias {
					names[x.Sel.Name] = true
				} else if c.components[id.Name] {
					reads[x.Sel.Name] = true
				}
			}
		case *ast.CompositeLit:
			if c.sdkType(x) != "" {
				tops = append(tops, x)
			}
		case *ast.UnaryExpr:
			if lit, ok := x.X.(*ast.CompositeLit); ok && x.Op == token.AND && c.sdkType(lit) != "" {
				c.pointers[lit] = true
			}
		case *ast.CallExpr:
			if sel, ok := x.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Export" && len(x.Args) == 2 {
				if lit, ok := x.Args[0].(*ast.BasicLit); ok && lit.Kind == token.STRING {
					name, _ := strconv.Unquote(lit.Value)
					value := "expr:" + c.source(x.Args[1])
					if out, ok := x.Args[1].(*ast.SelectorExpr); ok {
						if id, ok := out.X.(*ast.Ident); ok && c.components[id.Name] {
							value = out.Sel.Name
						}
					}
					c.out.Exports[name] = value
				}
			}
		}
		return true
	})
	// Literals nested in another SDK literal are reported under their parent's path.
	for _, top := range tops {
		c.markNested(top)
	}
	for _, top := range tops {
		if !c.nested[top] {
			c.literal(top, "", c.pointers[top])
		}
	}
}

// finish lists the names and reads collected over every file, sorted.
func (c *checker) finish() {
	for name := range c.names {
		c.out.SdkNames = append(c.out.SdkNames, name)
	}
	for name := range c.reads {
		c.out.ComponentFields = append(c.out.ComponentFields, name)
	}
	sort.Strings(c.out.SdkNames)
	sort.Strings(c.out.ComponentFields)
	sort.Strings(c.out.Components)
}

func (c *checker) markNested(lit *ast.CompositeLit) {
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if inner, _ := c.innerLiteral(kv.Value); inner != nil {
				c.nested[inner] = true
			}
		}
	}
}

// literal records an SDK literal and, under it, the SDK literals its fields hold.
func (c *checker) literal(lit *ast.CompositeLit, path string, pointer bool) {
	entry := literal{Path: path, Type: c.sdkType(lit), Pointer: pointer, Fields: []field{}}
	var inner []func()
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			entry.Fields = append(entry.Fields, field{Name: "", Value: "expr:" + c.source(elt)})
			continue
		}
		key, _ := kv.Key.(*ast.Ident)
		name := ""
		if key != nil {
			name = key.Name
		}
		f := field{Name: name, Value: c.normalize(kv.Value), Kind: c.kind(kv.Value)}
		if nested, isPointer := c.innerLiteral(kv.Value); nested != nil {
			f.Type, f.Pointer, f.Kind, f.Value = c.sdkType(nested), isPointer, "literal", ""
			childPath := name
			if path != "" {
				childPath = path + "." + name
			}
			inner = append(inner, func() { c.literal(nested, childPath, isPointer) })
		}
		entry.Fields = append(entry.Fields, f)
	}
	c.out.Literals = append(c.out.Literals, entry)
	for _, visit := range inner {
		visit()
	}
}

// innerLiteral returns the SDK literal an expression is, directly or behind &.
func (c *checker) innerLiteral(e ast.Expr) (*ast.CompositeLit, bool) {
	pointer := false
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e, pointer = u.X, true
	}
	if lit, ok := e.(*ast.CompositeLit); ok && c.sdkType(lit) != "" {
		return lit, pointer
	}
	return nil, false
}

// sdkType is the SDK type name of a literal `tidbdms.T{…}`, or "".
func (c *checker) sdkType(lit *ast.CompositeLit) string {
	if sel, ok := lit.Type.(*ast.SelectorExpr); ok {
		if id, ok := sel.X.(*ast.Ident); ok && id.Name == c.alias {
			return sel.Sel.Name
		}
	}
	return ""
}

// kind classifies an expression for the field-type checks (see field.Kind).
func (c *checker) kind(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.BasicLit:
		return "go"
	case *ast.Ident:
		if x.Name == "true" || x.Name == "false" {
			return "go"
		}
	case *ast.SelectorExpr:
		if id, ok := x.X.(*ast.Ident); ok && id.Name == c.alias {
			return "sdk"
		}
	case *ast.CompositeLit:
		if sel, ok := x.Type.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok && id.Name == "pulumi" {
				return "pulumi"
			}
		}
		if _, ok := x.Type.(*ast.ArrayType); ok {
			return "go"
		}
	case *ast.CallExpr:
		if sel, ok := x.Fun.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok {
				switch {
				case id.Name == "pulumi":
					return "pulumi"
				case c.configs[id.Name] && strings.HasSuffix(sel.Sel.Name, "Secret"):
					return "output"
				case c.configs[id.Name]:
					return "go"
				}
			}
		}
	}
	return "other"
}

var wrappers = map[string]bool{
	"pulumi.String": true, "pulumi.StringPtr": true, "pulumi.Int": true, "pulumi.IntPtr": true,
	"pulumi.Bool": true, "pulumi.BoolPtr": true,
}

func (c *checker) normalize(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.SelectorExpr:
		if id, ok := x.X.(*ast.Ident); ok && id.Name == c.alias {
			return "sdk:" + x.Sel.Name
		}
	case *ast.BasicLit:
		return c.jsonLiteral(x)
	case *ast.Ident:
		if x.Name == "true" || x.Name == "false" {
			return x.Name
		}
	case *ast.CompositeLit:
		// []string{"a", "b"} or pulumi.StringArray{pulumi.String("a"), …}: a JSON list when every element is a literal.
		items := []string{}
		for _, elt := range x.Elts {
			item := c.normalize(elt)
			if strings.Contains(item, ":") && !strings.HasPrefix(item, "\"") {
				return "expr:" + c.source(e)
			}
			items = append(items, item)
		}
		return "[" + strings.Join(items, ", ") + "]"
	case *ast.CallExpr:
		fun := c.source(x.Fun)
		if wrappers[fun] && len(x.Args) == 1 {
			return c.normalize(x.Args[0])
		}
		if sel, ok := x.Fun.(*ast.SelectorExpr); ok && len(x.Args) == 1 {
			if id, ok := sel.X.(*ast.Ident); ok && c.configs[id.Name] {
				if key, ok := x.Args[0].(*ast.BasicLit); ok && key.Kind == token.STRING {
					k, _ := strconv.Unquote(key.Value)
					switch sel.Sel.Name {
					case "Require", "Get", "RequireInt", "GetInt", "RequireBool", "GetBool":
						return "config:" + k
					case "RequireSecret", "GetSecret":
						return "secret:" + k
					}
				}
			}
		}
	}
	return "expr:" + c.source(e)
}

// jsonLiteral spells a Go literal as the JSON value it stands for.
func (c *checker) jsonLiteral(lit *ast.BasicLit) string {
	if lit.Kind == token.STRING {
		s, err := strconv.Unquote(lit.Value)
		if err == nil {
			b, _ := json.Marshal(s)
			return string(b)
		}
	}
	return lit.Value
}

func (c *checker) source(node ast.Node) string {
	var b strings.Builder
	printer.Fprint(&b, c.fset, node)
	return b.String()
}
