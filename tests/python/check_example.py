"""Checks a Python example program against the generated SDK, without the Pulumi SDK.

Usage: check_example.py EXAMPLE_DIR SDK_PACKAGE_DIR. The program must byte-compile, and every name
it takes from the SDK must exist there: the keyword arguments of TidbDmsMigration and the *Args
classes, the enum members, and the outputs read from the component. Prints each problem and exits 1.
"""
import ast
import pathlib
import py_compile
import sys


def sdk_facts(package):
    """Classes → their __init__ keyword arguments; enum classes → members; the component's getters."""
    kwargs, enums, outputs = {}, {}, set()
    for path in package.glob("*.py"):
        tree = ast.parse(path.read_text(), str(path))
        for node in tree.body:
            if not isinstance(node, ast.ClassDef):
                continue
            bases = {ast.unparse(b) for b in node.bases}
            if any("Enum" in b for b in bases):
                enums[node.name] = {t.id for s in node.body if isinstance(s, ast.Assign) for t in s.targets if isinstance(t, ast.Name)}
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                    names = {a.arg for a in item.args.args + item.args.kwonlyargs}
                    kwargs.setdefault(node.name, set()).update(names)
                if node.name == "TidbDmsMigration" and isinstance(item, ast.FunctionDef) \
                        and any(ast.unparse(d).startswith("pulumi.getter") for d in item.decorator_list):
                    outputs.add(item.name)
    return kwargs, enums, outputs


def main():
    example, package = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    program = example / "__main__.py"
    py_compile.compile(str(program), doraise=True)
    kwargs, enums, outputs = sdk_facts(package)
    tree = ast.parse(program.read_text(), str(program))
    alias = next(a.asname or a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names if a.name == "pulumi_tidb_dms")
    problems, components = [], set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and ast.unparse(node.value.func) == f"{alias}.TidbDmsMigration":
            components.update(t.id for t in node.targets if isinstance(t, ast.Name))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and ast.unparse(node.func.value) == alias:
            cls = node.func.attr
            if cls not in kwargs:
                problems.append(f"line {node.lineno}: {alias}.{cls} is not a class of the SDK")
                continue
            problems += [f"line {node.lineno}: {cls} takes no argument '{k.arg}'" for k in node.keywords if k.arg not in kwargs[cls]]
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute) and ast.unparse(node.value.value) == alias:
            enum = node.value.attr
            if enum not in enums or node.attr not in enums[enum]:
                problems.append(f"line {node.lineno}: {alias}.{enum}.{node.attr} is not an enum member of the SDK")
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in components \
                and node.attr not in outputs:
            problems.append(f"line {node.lineno}: TidbDmsMigration has no output '{node.attr}'")
    if not components:
        problems.append("the program creates no TidbDmsMigration")
    for p in problems:
        print(p)
    sys.exit(1 if problems else 0)


main()
