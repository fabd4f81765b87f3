CREATE TABLE test_tags (id INT NOT NULL);
CREATE TABLE test_broken (id NOT A TYPE);
