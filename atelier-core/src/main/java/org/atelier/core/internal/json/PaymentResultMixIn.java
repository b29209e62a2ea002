package org.atelier.core.internal.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.atelier.spi.payment.PaymentResult;

/**
 * Names the case of a {@link PaymentResult} in a {@code "status"} field, so that the SPI
 * type itself stays free of Jackson annotations.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "status")
@JsonSubTypes({
  @JsonSubTypes.Type(value = PaymentResult.Succeeded.class, name = "succeeded"),
  @JsonSubTypes.Type(value = PaymentResult.Pending.class, name = "pending"),
  @JsonSubTypes.Type(value = PaymentResult.Failed.class, name = "failed")
})
public interface PaymentResultMixIn {}
