package org.peipao.command.web;

/** The answer to every write: the aggregate's id and its sequence number after the write. */
public record WriteResult(String id, long version) {
}
