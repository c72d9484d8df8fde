// Command sdkcheck prints, as JSON, the declarations of the generated Go SDK that the NUnit tests compare
// with the schema: struct fields with their types and `pulumi:"…"` tags, typed string constants, function
// names, and the type tokens passed to ctx.Register*Resource. It uses only the standard library's go/parser,
// so it runs offline, without the Pulumi Go SDK the generated code imports.
//
// Usage: go run ./tests/go/sdkcheck DIR
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
	"reflect"
	"sort"
	"strconv"
	"strings"
)

type field struct {
	Name string `json:"name"`
	Type string `json:"type"`
	Tag  string `json:"tag"`
}

type constant struct {
	Name  string `json:"name"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

type report struct {
	Packages      []string           `json:"packages"`
	Structs       map[string][]field `json:"structs"`
	Consts        []constant         `json:"consts"`
	Funcs         []string           `json:"funcs"`
	Registrations []string           `json:"registrations"`
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: sdkcheck DIR")
		os.Exit(2)
	}
	fset := token.NewFileSet()
	out := report{Structs: map[string][]field{}}
	packages := map[string]bool{}
	err := filepath.Walk(os.Args[1], func(path string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() || !strings.HasSuffix(path, ".go") || strings.Contains(path, string(filepath.Separator)+"internal"+string(filepath.Separator)) {
			return err
		}
		file, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if err != nil {
			return err
		}
		packages[file.Name.Name] = true
		collect(fset, file, &out)
		return nil
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for name := range packages {
		out.Packages = append(out.Packages, name)
	}
	sort.Strings(out.Packages)
	sort.Strings(out.Funcs)
	sort.Strings(out.Registrations)
	encoder := json.NewEncoder(os.Stdout)
	encoder.SetIndent("", " ")
	if err := encoder.Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func collect(fset *token.FileSet, file *ast.File, out *report) {
	for _, decl := range file.Decls {
		switch d := decl.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil {
				out.Funcs = append(out.Funcs, d.Name.Name)
			}
		case *ast.GenDecl:
			for _, spec := range d.Specs {
				switch s := spec.(type) {
				case *ast.TypeSpec:
					if st, ok := s.Type.(*ast.StructType); ok {
						out.Structs[s.Name.Name] = fields(fset, st)
					}
				case *ast.ValueSpec:
					if d.Tok == token.CONST && len(s.Values) == 1 {
						if call, ok := s.Values[0].(*ast.CallExpr); ok && len(call.Args) == 1 {
							if lit, ok := call.Args[0].(*ast.BasicLit); ok && lit.Kind == token.STRING {
								value, _ := strconv.Unquote(lit.Value)
								out.Consts = append(out.Consts, constant{s.Names[0].Name, source(fset, call.Fun), value})
							}
						}
					}
				}
			}
		}
	}
	ast.Inspect(file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if sel, ok := call.Fun.(*ast.SelectorExpr); ok && strings.HasPrefix(sel.Sel.Name, "Register") && strings.HasSuffix(sel.Sel.Name, "Resource") && len(call.Args) > 0 {
			if lit, ok := call.Args[0].(*ast.BasicLit); ok && lit.Kind == token.STRING {
				value, _ := strconv.Unquote(lit.Value)
				out.Registrations = append(out.Registrations, sel.Sel.Name+" "+value)
			}
		}
		return true
	})
}

func fields(fset *token.FileSet, st *ast.StructType) []field {
	result := []field{}
	for _, f := range st.Fields.List {
		tag := ""
		if f.Tag != nil {
			raw, _ := strconv.Unquote(f.Tag.Value)
			tag = reflect.StructTag(raw).Get("pulumi")
		}
		for _, name := range f.Names {
			result = append(result, field{name.Name, source(fset, f.Type), tag})
		}
		if len(f.Names) == 0 {
			result = append(result, field{"", source(fset, f.Type), tag})
		}
	}
	return result
}

func source(fset *token.FileSet, node ast.Node) string {
	var b strings.Builder
	printer.Fprint(&b, fset, node)
	return b.String()
}
