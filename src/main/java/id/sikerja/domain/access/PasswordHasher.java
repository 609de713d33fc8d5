package id.sikerja.domain.access;

/** One-way password hashing; implemented with Jakarta Security's PBKDF2 in infrastructure. */
public interface PasswordHasher {

    String hash(char[] password);

    boolean verify(char[] password, String hash);
}
