package org.peipao.ops.storage;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Axon's transactions as savepoints of the transaction already open on the thread (a group commit's), or as a
 * transaction of their own when there is none. Unlike Axon's {@code SpringTransactionManager}, which commits or rolls
 * back only transactions it began, a nested one is ended too: committing releases its savepoint, and rolling back
 * undoes exactly what it wrote.
 */
class NestedTransactions implements TransactionManager {

    private static final TransactionDefinition NESTED =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);

    private final PlatformTransactionManager transactions;

    NestedTransactions(PlatformTransactionManager transactions) {
        this.transactions = transactions;
    }

    @Override
    public Transaction startTransaction() {
        TransactionStatus status = transactions.getTransaction(NESTED);
        return new Transaction() {
            @Override
            public void commit() {
                if (!status.isCompleted()) {
                    transactions.commit(status);
                }
            }

            @Override
            public void rollback() {
                if (!status.isCompleted()) {
                    transactions.rollback(status);
                }
            }
        };
    }
}
