package org.peipao.ops.sheets;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Hostile XLSX files, made by rewriting the entries of a plain workbook. */
final class HostileSheets {

    private static final List<List<String>> PLAIN = List.of(List.of("id", "enterprise", "domain", "title"),
            List.of("hostile", "Enterprise", "AI", "A problem"));

    private HostileSheets() {
    }

    /** A sheet of 40 MB that deflates to a few dozen KB: a ratio no honest workbook has. */
    static byte[] zipBomb() {
        return rewrite(Map.of("xl/worksheets/sheet1.xml", sheet -> sheet.replace("<sheetData>",
                "<sheetData>" + " ".repeat(40 * 1024 * 1024))), Map.of());
    }

    /** A sheet whose cell names an external entity that would read the server's files. */
    static byte[] externalEntity() {
        return rewrite(Map.of("xl/worksheets/sheet1.xml", sheet -> sheet
                .replaceFirst("\\?>", "?><!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>")
                .replaceFirst("<c r=\"A1\"[^>]*>.*?</c>", "<c r=\"A1\" t=\"inlineStr\"><is><t>&secret;</t></is></c>")),
                Map.of());
    }

    /** A workbook that carries a VBA project. */
    static byte[] withMacros() {
        return rewrite(Map.of("[Content_Types].xml", types -> types.replace("</Types>",
                        "<Override PartName=\"/xl/vbaProject.bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>")),
                Map.of("xl/vbaProject.bin", new byte[]{1, 2, 3}));
    }

    /** A workbook that links to another workbook. */
    static byte[] withExternalLink() {
        return rewrite(Map.of("[Content_Types].xml", types -> types.replace("</Types>",
                        "<Override PartName=\"/xl/externalLinks/externalLink1.xml\" ContentType=\""
                                + "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml\"/></Types>")),
                Map.of("xl/externalLinks/externalLink1.xml", ("<?xml version=\"1.0\"?><externalLink xmlns=\""
                        + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>").getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] rewrite(Map<String, UnaryOperator<String>> changes, Map<String, byte[]> added) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(TestSheets.xlsx(PLAIN)));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                UnaryOperator<String> change = changes.get(entry.getName());
                if (change != null) {
                    bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
            for (Map.Entry<String, byte[]> entry : added.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
