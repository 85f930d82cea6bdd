-- One database per service (DESIGN.md §2), created on the first start of the compose PostgreSQL.
create database indicators;
create database cadre;
create database survey;
