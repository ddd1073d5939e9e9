package org.peipao.ops.sheets;

import org.peipao.ops.support.ServerTest;
import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole server, with small import limits so that tests reach them with small files: dry runs rehearse blocks of
 * 2 rows (a file of a few rows spans several), and files over 48 KB are refused (below the server's 64 KB body limit,
 * which imports will need raised).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ServerTest
@TestPropertySource(properties = {"peipao.imports.rehearsal-chunk=2", "peipao.imports.max-size=48KB"})
@interface ImportServerTest {
}
