#!/usr/bin/env python3
"""Writes a 2,000-server Skype for Business topology (.ucm) for the diagram benchmark (docs/benchmarks.md).

20 sites of 10 Enterprise pools of 10 Front Ends (FrontEnd, Mediation collocated), 2 Edge Servers per
site in the perimeter network, 2 gateways and 100 routes. Deterministic: same output every run.
Usage: topology_estate.py [sites] [pools] [servers per pool] > estate.ucm
"""
import sys

sites = int(sys.argv[1]) if len(sys.argv) > 1 else 20
pools = int(sys.argv[2]) if len(sys.argv) > 2 else 10
per_pool = int(sys.argv[3]) if len(sys.argv) > 3 else 10

out = ["topology estate platform sfb2019 {", '    forest "contoso.com" global-settings configuration']
for s in range(sites):
    out.append(f'    site Site{s} region "US" {{')
    for p in range(pools):
        out.append(f'        pool pool{s}_{p} enterprise "pool{s}-{p}.contoso.com" {{')
        for v in range(per_pool):
            out.append(f'            server fe{s}_{p}_{v} "fe{s}-{p}-{v}.contoso.com" roles FrontEnd, Mediation')
        out.append("        }")
    for e in range(2):
        out.append(f'        server edge{s}_{e} "edge{s}-{e}.perimeter.contoso.com" perimeter roles AccessEdge, WebConferencingEdge, AVEdge')
    out.append("    }")
for g in range(2):
    out.append(f'    gateway gw{g} "gw{g}.contoso.com" product GenericGateway version "0"')
out.append("    usages " + ", ".join(f"U{u}" for u in range(10)))
for r in range(100):
    out.append(f'    route R{r} pattern "^\\+1{200 + r}\\d{{7}}$" usages U{r % 10} gateways gw{r % 2}, gw{(r + 1) % 2}')
out.append("    policy Everyone usages " + ", ".join(f"U{u}" for u in range(10)))
out.append("}")
print("\n".join(out))
