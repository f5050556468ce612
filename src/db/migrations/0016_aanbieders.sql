-- aanbieders area: tables of this area (hand-written; RLS like 0004). Replace this placeholder.
select 1;
