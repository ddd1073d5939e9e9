package org.peipao.command.web;

/**
 * The answer to every write.
 *
 * @param id       the id of what was created or changed (a milestone or landing answers its own id)
 * @param version  the aggregate's sequence number after the write
 * @param position the global position of the last event the write stored (of the aggregate's last event, when the
 *                 write stored none): a read sent with {@code Peipao-Min-Position} set to it sees the write
 */
public record WriteResult(String id, long version, long position) {
}
