#!/usr/bin/env python3
"""Writes data/2025.csv of the report-contents project (run once; the CSV is
kept): three units of 50; q1-q3 share a respondent's level (alpha high),
q4-q6 are drawn apart (alpha under 0.6); channels, a score, gender, age."""
import random

rng = random.Random(15)
units = {'an_bien': 'AB', 'an_minh': 'AM', 'u_minh': 'UM'}
channels = [('bao', 0.3), ('tv', 0.6), ('mang', 0.8)]
with open('data/2025.csv', 'w') as f:
    f.write('ma_phieu,don_vi,q1,q2,q3,kenh,diem,q4,q5,q6,gioi_tinh,tuoi,do_tuoi\n')
    for unit, prefix in units.items():
        for i in range(1, 51):
            base = rng.choice([2, 3, 3, 4, 4, 5])
            q = [max(1, min(5, base + rng.choice([-1, 0, 0, 0, 1]))) for _ in range(3)]
            q4, q5, q6 = rng.randint(1, 5), rng.randint(1, 4), rng.randint(1, 5)
            kenh = [c for c, p in channels if rng.random() < p]
            diem = round(rng.uniform(4, 10) * 2) / 2
            gender = rng.choice(['nam', 'nu'])
            age = rng.randint(16, 35)
            row = [f'{prefix}-{i:03d}', unit, *map(str, q), ' '.join(kenh),
                   str(int(diem)) if diem == int(diem) else str(diem),
                   str(q4), str(q5), str(q6), gender, str(age),
                   '16_24' if age <= 24 else '25_35']
            f.write(','.join(row) + '\n')
